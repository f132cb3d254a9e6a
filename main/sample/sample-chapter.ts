/**
 * The bundled sample chapter, opened when the app starts with no file: a short piece of original fiction
 * (written for Redline) with a slip for every check, so a first look shows each underline at work:
 * spelling ("recieved", "untill") beside a learned name (Maren), repeated and extra words ("the the",
 * "the his"), confusables ("she new the man", "the look of awe she'd seem on him"), a head-hop into Tobias's
 * thoughts in Maren's scene, a tense slip ("she walks"), and dialogue punctuation ("I'm cold." she said).
 */
export const SAMPLE_NAME = 'The Lighthouse Keeper (sample).txt';

export const SAMPLE_TEXT = `Chapter One

The letter had recieved a wet stamp and a smear of ink, but Maren knew the hand at once. She read it twice on the the steps of the lighthouse, then folded it into the his coat pocket she had borrowed from her brother.

Down on the jetty a stranger was tying up a boat. She new the man before he turned: Tobias Hale, who had left the island eleven winters ago and promised never to come back. Maren did not wave. Maren wanted him gone before the light came on. She waited untill he had climbed the path, and she kept her hands in her pockets.

"You got my letter," Tobias said.

"I'm cold." she said. "Say what you came to say."

Tobias studied her face. Tobias wondered whether she still hated him for leaving; he had rehearsed this on the ferry and forgotten every word. Maren thought of the look of awe she'd seem on him the first night the lamp was lit, when they were both fifteen and the light swept over the water like a promise.

She turned away and walks to the door. Behind her the wind pulled at the gorse, and somewhere below the tide was coming in.

"Maren, wait" he called.

She did not wait. Inside, Maren climbed the iron stairs to the lamp room, where the glass was still warm from the afternoon sun, and she watched his small dark figure go back down the path to the sea.
`;
