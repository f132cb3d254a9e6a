import { describe, expect, it } from 'vitest';
import { fixed, flags, testEngine } from '../../../tests/support/engine.js';
import { CONFUSABLE_SETS, LISTS } from './confusables.data.js';
import { compile } from './pattern.js';

const engine = testEngine({ checks: ['confusables'] });
const check = (text: string) => engine.check(text).diagnostics;

/**
 * Per set: slips as a writer makes them (`[prose, flagged text, prose after the first fix]`) and correct
 * fiction that uses the same words and must stay quiet.
 */
const CASES: Record<string, { flag: Array<[string, string, string]>; quiet: string[] }> = {
  'accept-except': {
    flag: [['She could not except his apology.', 'except', 'She could not accept his apology.'], ['Everyone accept him had gone.', 'accept', 'Everyone except him had gone.']],
    quiet: ['Everyone except Jane would accept the offer.', '“I accept,” she said, “except on Sundays.”'],
  },
  'advice-advise': {
    flag: [['She ignored my advise.', 'advise', 'She ignored my advice.'], ['I would advice you to leave.', 'advice', 'I would advise you to leave.']],
    quiet: ['I advise you to take her advice.', 'He gave advice to anyone who asked.'],
  },
  'affect-effect': {
    flag: [
      ['The medicine had the desired affect.', 'affect', 'The medicine had the desired effect.'],
      ['He was deeply effected by the news.', 'effected', 'He was deeply affected by the news.'],
      ['Nothing could effect him now.', 'effect', 'Nothing could affect him now.'],
      ['Her tears would not effect how he voted.', 'effect', 'Her tears would not affect how he voted.'],
      ['Nothing would effect the old man’s decision.', 'effect', 'Nothing would affect the old man’s decision.'],
    ],
    quiet: ['She hoped to effect a quick escape.', 'He would surely effect the necessary repairs.', 'The council hoped to effect a lasting settlement.', 'Her face had a blunted affect that worried him.',  'The news affected her; the effect was plain.', 'The governor meant to effect real change.', 'His flat affect worried the doctor.'],
  },
  'all-together-altogether': {
    flag: [['It was all together different.', 'all together', 'It was altogether different.'], ['Put it altogether in the box.', 'altogether', 'Put it all together in the box.']],
    quiet: ['They sang all together, altogether out of tune.', 'She stopped altogether.'],
  },
  'allowed-aloud': {
    flag: [['He was not aloud to enter.', 'aloud', 'He was not allowed to enter.'], ['She read the letter out allowed.', 'allowed', 'She read the letter out aloud.']],
    quiet: ['She read it aloud, though it was not allowed.', 'Dogs are allowed in the garden.'],
  },
  'an-and': {
    flag: [['She sighed, an then she laughed.', 'an', 'She sighed, and then she laughed.'], ['It was and old house.', 'and', 'It was an old house.']],
    quiet: ['An owl and a cat went to sea.', '“Bread an’ butter,” he said, “an’ be quick.”', 'She was tired and angry, and an hour late.'],
  },
  'bare-bear': {
    flag: [['She ran in her bear feet.', 'bear', 'She ran in her bare feet.'], ['I couldn’t bare it.', 'bare', 'I couldn’t bear it.']],
    quiet: ['The bear stood on bare rock.', 'She could not bear to bare her soul.', 'The dog began to bare its teeth.'],
  },
  'brake-break': {
    flag: [['He slammed on the breaks.', 'breaks', 'He slammed on the brakes.'], ['We stopped for a lunch brake.', 'brake', 'We stopped for a lunch break.']],
    quiet: ['Don’t break the brake pedal.', 'At the break of day she released the brake.'],
  },
  'breath-breathe': {
    flag: [['I can’t breath in here.', 'breath', 'I can’t breathe in here.'], ['She took a deep breathe.', 'breathe', 'She took a deep breath.']],
    quiet: ['Let her breathe.', 'He drew breath and began to breathe again.'],
  },
  'choose-chose': {
    flag: [['You must chose now.', 'chose', 'You must choose now.']],
    quiet: ['She chose the red one; you may choose too.', 'They chose to stay.'],
  },
  'cloths-clothes': {
    flag: [['He changed his cloths.', 'cloths', 'He changed his clothes.'], ['She wiped the table clothes.', 'clothes', 'She wiped the table cloths.']],
    quiet: ['She laid wet cloths on his brow.', 'Her clothes were on the chair.'],
  },
  'compliment-complement': {
    flag: [['He complemented her on the dress.', 'complemented', 'He complimented her on the dress.'], ['We had a full compliment of staff.', 'compliment', 'We had a full complement of staff.']],
    quiet: ['The wine complemented the fish.', 'She took it as a compliment.'],
  },
  'course-coarse': {
    flag: [['Well, of coarse I will.', 'coarse', 'Well, of course I will.'], ['His beard was course and grey.', 'course', 'His beard was coarse and grey.']],
    quiet: ['“’Course I will,” said Tom.', 'Of course the cloth was coarse.', 'The ship held its course.', 'She disliked the coarse, loud man at the inn.', 'He answered, his laugh coarse with drink.'],
  },
  'desert-dessert': {
    flag: [['We had pie for desert.', 'desert', 'We had pie for dessert.'], ['They crossed the dessert sands.', 'dessert', 'They crossed the desert sands.']],
    quiet: ['The desert was cold at night.', 'She would not desert him for dessert.'],
  },
  'dual-duel': {
    flag: [['He challenged him to a dual.', 'dual', 'He challenged him to a duel.'], ['It served a duel purpose.', 'duel', 'It served a dual purpose.']],
    quiet: ['The duel was fought at dawn.', 'She held dual citizenship.'],
  },
  'emigrate-immigrate': {
    flag: [['They immigrated from Ireland in 1850.', 'immigrated', 'They emigrated from Ireland in 1850.']],
    quiet: ['They emigrated from Ireland and immigrated to Canada.', 'He emigrated to America.'],
  },
  'eminent-imminent': {
    flag: [['They feared eminent danger.', 'eminent', 'They feared imminent danger.'], ['An imminent scientist spoke.', 'imminent', 'An eminent scientist spoke.']],
    quiet: ['An eminent judge warned of imminent war.', 'The storm was imminent.'],
  },
  'envelop-envelope': {
    flag: [['She tore open the envelop.', 'envelop', 'She tore open the envelope.']],
    quiet: ['Fog began to envelop the town.', 'The envelope lay unopened.'],
  },
  'every-day-everyday': {
    flag: [['I see him everyday.', 'everyday', 'I see him every day.'], ['It was an every day occurrence.', 'every day', 'It was an everyday occurrence.']],
    quiet: ['Every day she wore her everyday clothes.', 'It was everyday life.'],
  },
  'fair-fare': {
    flag: [['She paid the fair and sat down.', 'fair', 'She paid the fare and sat down.'], ['That’s not fare!', 'fare', 'That’s not fair!']],
    quiet: ['The fair was in town, and the fare was cheap.', 'How did you fare?', 'The travellers fared badly, and the horses would fare worse.'],
  },
  'feel-fell': {
    flag: [['She feel asleep by the fire.', 'feel', 'She fell asleep by the fire.'], ['I don’t fell like it.', 'fell', 'I don’t feel like it.']],
    quiet: ['I feel the cold more since I fell.', 'She fell like a stone.', 'The storm took the barn in one fell swoop.', 'They hired men to fell the old elms.'],
  },
  'find-fine': {
    flag: [['We need to fine out.', 'fine', 'We need to find out.'], ['Everything was find.', 'find', 'Everything was fine.']],
    quiet: ['I find it fine.', 'The judge will fine him.', 'The magistrate meant to fine Mr. Boyle for the dog.', 'The council can fine the landlord heavily.', 'The old map was a lucky find.', 'It was such a find, that little shop.'],
  },
  'form-from': {
    flag: [['A letter came form the city.', 'form', 'A letter came from the city.'], ['She signed the from.', 'from', 'She signed the form.']],
    quiet: ['A form arrived from the office.', 'The clouds began to form over the hills.'],
  },
  'hanger-hangar': {
    flag: [['The plane sat in the aircraft hanger.', 'hanger', 'The plane sat in the aircraft hangar.'], ['She hung it on a coat hangar.', 'hangar', 'She hung it on a coat hanger.']],
    quiet: ['A hanger fell in the hangar.', 'He fetched a hanger for the coat.'],
  },
  'have-of': {
    flag: [
      ['“I could of told you,” she said.', 'of', '“I could have told you,” she said.'],
      ['Marco would never of guessed the ending.', 'of', 'Marco would never have guessed the ending.'],
      ['“We might just of missed the bus,” Tam said.', 'of', '“We might just have missed the bus,” Tam said.'],
      ['“I’d of stayed longer if you’d asked.”', 'of', '“I’d have stayed longer if you’d asked.”'],
      ['you shouldnt of bothered lol', 'of', 'you shouldnt have bothered lol'],
      ['“Ye must of kent the laird,” said the ferryman.', 'of', '“Ye must have kent the laird,” said the ferryman.'],
      ['Who would of thunk it?', 'of', 'Who would have thunk it?'],
    ],
    quiet: [
      'He would, of course, be late.',
      'She could have gone.',
      'He would of course deny it.',
      'It must of necessity end in tears.',
      'She would of an evening sit by the stove and knit.',
      'They could of their own free will leave at any time.',
      'The will of the people could not be denied.',
      'He felt the might of the sea beneath the hull.',
      'She’d of late grown quiet.',
    ],
  },
  'her-hear-here': {
    flag: [
      ['I can’t here you.', 'here', 'I can’t hear you.'],
      ['Come hear, child.', 'hear', 'Come here, child.'],
      ['She made here own way home.', 'here', 'She made her own way home.'],
    ],
    quiet: ['Here, take her coat.', '“Hear, hear!” cried the men.', 'Her voice was hard to hear from here.'],
  },
  'its-it-is': {
    flag: [
      ['Its a long way.', 'Its', 'It’s a long way.'.replace('’', "'")],
      ['The dog wagged it’s tail.', 'it’s', 'The dog wagged its tail.'],
    ],
    quiet: ['It’s hard to see its colour.', 'The house and its garden.', 'Its time had come.', 'I was sure of its not doing harm.'],
  },
  'know-no-now': {
    flag: [
      ['I don’t no what you mean.', 'no', 'I don’t know what you mean.'],
      ['She had know idea.', 'know', 'She had no idea.'],
      ['Come here right know.', 'know', 'Come here right now.'],
    ],
    quiet: ['“No, I don’t know,” she said.', 'There was no one on the road now.', 'I know no more than you.'],
  },
  'lay-lie': {
    flag: [['I need to lay down.', 'lay', 'I need to lie down.'], ['She was laying on her back.', 'laying', 'She was lying on her back.']],
    quiet: ['She lay awake all night.', 'He laid down his pen.', 'They lay the table at six.'],
  },
  'lead-led': {
    flag: [
      ['She lead the horse into the barn.', 'lead', 'She led the horse into the barn.'],
      ['He was lead away in chains.', 'lead', 'He was led away in chains.'],
      ['The old dog lead them to the cave.', 'lead', 'The old dog led them to the cave.'],
    ],
    quiet: ['The roof was lined with lead.', '“Lead the way,” he said.', 'The roads lead to the sea.', 'They let the pony lead them home.', 'The pipes were of lead and badly corroded.'],
  },
  'lightning-lightening': {
    flag: [['Thunder and lightening filled the sky.', 'lightening', 'Thunder and lightning filled the sky.']],
    quiet: ['The lightening sky promised dawn.', 'Lightning struck the oak.'],
  },
  'lose-loose': {
    flag: [['Don’t loose the key.', 'loose', 'Don’t lose the key.'], ['The dog broke lose.', 'lose', 'The dog broke loose.'], ['It was too good a chance to loose.', 'loose', 'It was too good a chance to lose.']],
    quiet: ['Let loose the hounds.', 'She had nothing to lose and a loose tongue.', 'The dog had worked itself loose.', 'He meant to loose the ropes before dawn.'],
  },
  'mourning-morning': {
    flag: [['Good mourning, Anne.', 'mourning', 'Good morning, Anne.']],
    quiet: ['She was in mourning all morning.', 'The mourning dove called.'],
  },
  'new-knew': {
    flag: [
      ['She new the man at once.', 'new', 'She knew the man at once.'],
      ['She wore a brand knew dress.', 'knew', 'She wore a brand new dress.'],
      ['I NEW IT.', 'NEW', 'I KNEW IT.'],
    ],
    quiet: ['She bought new shoes.', 'He knew the new curate.', '“Something new,” she sang.'],
  },
  'of-off': {
    flag: [
      ['He took of his hat.', 'of', 'He took off his hat.'],
      ['I’m tired off waiting.', 'off', 'I’m tired of waiting.'],
      ['The Cuthberts were better of than most.', 'of', 'The Cuthberts were better off than most.'],
      ['It was a kind off sadly crooked smile.', 'off', 'It was a kind of sadly crooked smile.'],
    ],
    quiet: ['She took off her coat.', 'A cup of tea.', 'Of course she knew what he was thinking of.', 'He got the better of them, and they knew it.', 'She was the kind of woman who knew.'],
  },
  'past-passed': {
    flag: [['He walked passed me.', 'passed', 'He walked past me.'], ['The years had past quickly.', 'past', 'The years had passed quickly.']],
    quiet: ['She passed him and walked past.', 'It was half past ten.', 'He had past experience of it.'],
  },
  'peak-peek-pique': {
    flag: [['She took a sneak peak at the gift.', 'peak', 'She took a sneak peek at the gift.'], ['It peaked her interest.', 'peaked', 'It piqued her interest.']],
    quiet: ['They reached the peak at noon.', 'She peeked through the curtain.'],
  },
  'piece-peace': {
    flag: [['A little piece and quiet.', 'piece', 'A little peace and quiet.'], ['Have a peace of cake.', 'peace', 'Have a piece of cake.']],
    quiet: ['They made peace, piece by piece.', 'A piece of her heart.', 'She tried to piece together the torn letter.'],
  },
  'plain-plane': {
    flag: [['The plain landed at noon.', 'plain', 'The plane landed at noon.'], ['It was in plane sight.', 'plane', 'It was in plain sight.']],
    quiet: ['The plane crossed the plain.', 'She wore a plain dress.'],
  },
  'poured-pored': {
    flag: [['She poured over the old maps.', 'poured', 'She pored over the old maps.'], ['He pored a glass of water.', 'pored', 'He poured a glass of water.']],
    quiet: ['She pored over the letter, then poured the tea.', 'Rain poured over the gutters.'],
  },
  'principal-principle': {
    flag: [
      ['She went to the school principle.', 'principle', 'She went to the school principal.'],
      ['He refused on principal.', 'principal', 'He refused on principle.'],
      ['The principle frowned at the boy.', 'principle', 'The principal frowned at the boy.'],
      ['His principle fear was the dark.', 'principle', 'His principal fear was the dark.'],
      ['Anne was sent to the principles office.', 'principles', "Anne was sent to the principal's office."],
      ['He was a man of no principals.', 'principals', 'He was a man of no principles.'],
    ],
    quiet: [
      'The principal spoke of principle.',
      'It was a matter of principle.',
      'The principle holds true for all of us.',
      'The principle means nothing to him.',
      'The principals met in the office.',
      'Her principles were firm.',
    ],
  },
  'quite-quiet-quit': {
    flag: [['Be quite!', 'quite', 'Be quiet!'], ['I’m not quiet sure.', 'quiet', 'I’m not quite sure.']],
    quiet: ['It was quite quiet.', 'Not quite.', 'They fell quiet a moment.', 'The crowd couldn’t quiet down.', 'She couldn’t quiet the baby.', 'He sang to quiet his nerves.', 'The twins lay quiet under the blankets.', 'The dog sat quiet by the door until noon.', 'The whole table went quiet when she came in.'],
  },
  'rein-reign': {
    flag: [['She gave him free reign.', 'reign', 'She gave him free rein.'], ['The rein of terror began.', 'rein', 'The reign of terror began.']],
    quiet: ['Her reign was long.', 'He held the reins loosely.'],
  },
  'role-roll': {
    flag: [['She played the leading roll.', 'roll', 'She played the leading role.'], ['He would role over and sleep.', 'role', 'He would roll over and sleep.']],
    quiet: ['She ate a bread roll.', 'It was a small role.', 'He kept his papers in a roll-top desk.'],
  },
  'seem-seen': {
    flag: [
      ['It was the look of awe she’d seem on him.', 'seem', 'It was the look of awe she’d seen on him.'],
      ['She had never seem the sea.', 'seem', 'She had never seen the sea.'],
      ['It would seen that he left.', 'seen', 'It would seem that he left.'],
    ],
    quiet: ['She’d seem happy enough.', 'It had seemed a good idea.', 'I have seen how things seem.'],
  },
  'shone-shown': {
    flag: [['They were shone to their seats.', 'shone', 'They were shown to their seats.'], ['The sun shown brightly.', 'shown', 'The sun shone brightly.']],
    quiet: ['The moon had shone all night.', 'He had shown her the way.'],
  },
  'sight-site-cite': {
    flag: [['It was love at first site.', 'site', 'It was love at first sight.'], ['They reached the building sight.', 'sight', 'They reached the building site.']],
    quiet: ['The site was out of sight.', 'She could cite the law.'],
  },
  'sole-soul': {
    flag: [['He was the soul survivor.', 'soul', 'He was the sole survivor.'], ['There was not a sole in sight.', 'sole', 'There was not a soul in sight.']],
    quiet: ['The sole of her shoe was thin.', 'She had a gentle soul.'],
  },
  'stationary-stationery': {
    flag: [['She bought stationary supplies.', 'stationary', 'She bought stationery supplies.'], ['The car was stationery.', 'stationery', 'The car was stationary.']],
    quiet: ['The train stood stationary.', 'She wrote on her best stationery.'],
  },
  'tale-tail': {
    flag: [['He told a tall tail.', 'tail', 'He told a tall tale.'], ['The dog wagged its tale.', 'tale', 'The dog wagged its tail.']],
    quiet: ['The cat’s tail twitched as she told her tale.', 'A tale of two cities.'],
  },
  'their-there-they-are': {
    flag: [
      ['Their was a knock at the door.', 'Their', 'There was a knock at the door.'],
      ['They put on there coats.', 'there', 'They put on their coats.'],
      ['I think their lost.', 'their', 'I think they’re lost.'.replace('’', "'")],
      ['Their going to be late.', 'Their', 'They’re going to be late.'.replace('’', "'")],
      ['I left the keys their on the counter.', 'their', 'I left the keys there on the counter.'],
      ['We borrowed they’re ladder.', 'they’re', 'We borrowed their ladder.'],
      ['The men lifted there caps.', 'there', 'The men lifted their caps.'],
      ['“Wait for me their,” she called.', 'their', '“Wait for me there,” she called.'],
      ['Tell them their wanted in the kitchen.', 'their', "Tell them they're wanted in the kitchen."],
      ['“Their leaving on the early coach,” said Nan.', 'Their', '“They’re leaving on the early coach,” said Nan.'],
      ['I hear they’re dog was lost.', 'they’re', 'I hear their dog was lost.'],
      ['“Their to blame, not you,” said Gran.', 'Their', '“They’re to blame, not you,” said Gran.'],
      ['“I think there not coming,” said Anne.', 'there', '“I think they’re not coming,” said Anne.'],
    ],
    quiet: [
      'She said there need be no hurry.',
      'He knew there remains one road north.',
      '“Their coming,” said she, “was a great relief.”',
      'They went there in the summers.',
      'Between you and their mother, nothing was settled.',
      'Give them their coats; they’re cold.',
      'Their to-do list ran to three pages.',
      'There not being any hope, she went home.',
      'She said that was up to their father.',
'I think they’re friends of hers.', 'She stood there trying to remember.', 'They did their best.', 'On their own.', 'They’re over there, by their cart.', 'Their going was a relief.', 'We stood there years ago.', 'Is there going to be a dance?'],
  },
  'them-then': {
    flag: [['I told then.', 'then', 'I told them.']],
    quiet: ['And then she told them.', 'Until then, wait.'],
  },
  'then-than': {
    flag: [['He was taller then his brother.', 'then', 'He was taller than his brother.'], ['And than the rain began.', 'than', 'And then the rain began.']],
    quiet: ['He felt better then.', 'He grew quieter then stopped.', 'Better be without sense, than misapply it.'],
  },
  'thing-think': {
    flag: [
      ['I thing she is right.', 'thing', 'I think she is right.'],
      ['Do you thing so?', 'thing', 'Do you think so?'],
      ['We thing the house is haunted.', 'thing', 'We think the house is haunted.'],
      ['“Let us thing about it,” he said.', 'thing', '“Let us think about it,” he said.'],
      ['He will thing of something.', 'thing', 'He will think of something.'],
      ['It was the only think that mattered.', 'think', 'It was the only thing that mattered.'],
      ['All these thinks were hers once.', 'thinks', 'All these things were hers once.'],
      ['“Do you honestly thing he’ll pay?” said Marilla.', 'thing', '“Do you honestly think he’ll pay?” said Marilla.'],
    ],
    quiet: ['Only think what fun!', 'The thing I think of most.', 'They had not a thing to eat.', 'Let me see the thing.', 'Poor thing, she will think of it.', '“Only think of it,” she cried.', 'You will only think I feel more than I ought.', 'She still had the thing in her pocket.', 'He had never once seen the thing.'],
  },
  'though-thought-through': {
    flag: [['I though that he had gone.', 'though', 'I thought that he had gone.'], ['Even thought she was tired, she ran.', 'thought', 'Even though she was tired, she ran.']],
    quiet: ['I thought so, though I never said.', 'I can tell you, though, that it rained.'],
  },
  'threw-through-thorough': {
    flag: [['She through the ball.', 'through', 'She threw the ball.'], ['He walked threw the door.', 'threw', 'He walked through the door.']],
    quiet: ['She threw it through the window.', 'She is as thorough a lady as any.', 'The inspector was thorough, and he found the letter.'],
  },
  'to-too-two': {
    flag: [
      ['It’s to late for that.', 'to', 'It’s too late for that.'],
      ['“Me to!” cried Anne.', 'to', '“Me too!” cried Anne.'],
      ['I want too go home.', 'too', 'I want to go home.'],
    ],
    quiet: ['I’d love to.', 'He came to much later.', 'From early to late, she worked.', 'Two of them went, too.'],
  },
  'waist-waste': {
    flag: [['It was a waist of time.', 'waist', 'It was a waste of time.'], ['He put his arm around her waste.', 'waste', 'He put his arm around her waist.']],
    quiet: ['She tied a sash at her waist.', 'Nothing went to waste.'],
  },
  'wander-wonder': {
    flag: [['I wander if he’ll come.', 'wander', 'I wonder if he’ll come.'], ['The children wondered off.', 'wondered', 'The children wandered off.']],
    quiet: ['I wonder where the goats wander.', 'They wandered into town.', 'He got up and began to wander about the room.'],
  },
  'want-wont': {
    flag: [['I won’t to go home.', 'won’t', 'I want to go home.']],
    quiet: ['I want to go, but I won’t.', 'As was his wont, he smiled.'],
  },
  'wary-weary': {
    flag: [['The wary traveller sat down.', 'wary', 'The weary traveller sat down.'], ['Keep a weary eye on him.', 'weary', 'Keep a wary eye on him.']],
    quiet: ['She was wary of him, and weary of waiting.', 'A wary glance.'],
  },
  'weather-whether': {
    flag: [['I wonder weather he’ll come.', 'weather', 'I wonder whether he’ll come.'], ['The whether was fine.', 'whether', 'The weather was fine.']],
    quiet: ['Whether the weather be fine or not.', 'Lady Catherine decided what weather they were to have.', 'The little boat could not weather another gale.'],
  },
  'week-weak': {
    flag: [['She felt week and cold.', 'week', 'She felt weak and cold.'], ['I saw him last weak.', 'weak', 'I saw him last week.']],
    quiet: ['She was weak for a week.', 'The weak and the strong.'],
  },
  'were-where': {
    flag: [
      ['Were going home.', 'Were', 'We’re going home.'.replace('’', "'")],
      ['I don’t know were he went.', 'were', 'I don’t know where he went.'],
      ['They where going to the fair.', 'where', 'They were going to the fair.'],
      ['“Where leaving at dawn,” said Pa.', 'Where', '“We’re leaving at dawn,” said Pa.'],
      ['“Where not going back,” she said.', 'Where', '“We’re not going back,” she said.'],
      ['That is the spot were he fell.', 'were', 'That is the spot where he fell.'],
      ['The children where tired and cross.', 'where', 'The children were tired and cross.'],
      ['You where right about the well.', 'where', 'You were right about the well.'],
    ],
    quiet: [
      'If the room were mine, I would paint it.',
      'The legs of the table were loose.',
      '“Where not?” she asked.',
      'The valleys where green grass grows are far away.',
      'I’ll show you where dead men lie.',
      'A certain tempestuous appearance of the bed were the only indications of any presence save her own.',
'Were you there?', 'Where were you?', '“Mrs. Weston’s manners,” said Emma, “were always good.”', 'Were it not for the rain, we would go.'],
  },
  'who-is-whose': {
    flag: [['Whose there?', 'Whose', 'Who’s there?'.replace('’', "'")], ['Who’s coat is this?', 'Who’s', 'Whose coat is this?']],
    quiet: ['Who’s going to tell me whose idea it was?', 'I don’t know whose it was.'],
  },
  'whole-hole': {
    flag: [['The hole thing was a lie.', 'hole', 'The whole thing was a lie.'], ['There was a whole in the fence.', 'whole', 'There was a hole in the fence.']],
    quiet: ['The whole village saw the hole.', 'On the whole, she was glad.', 'The outlaws meant to hole up in the canyon.'],
  },
  'your-you-are': {
    flag: [
      ['Your a fool.', 'Your', 'You’re a fool.'.replace('’', "'")],
      ['Put on you’re boots.', 'you’re', 'Put on your boots.'],
      ['I wish you’re father was here.', 'you’re', 'I wish your father was here.'],
    ],
    quiet: ['You’re in your room.', 'I can’t bear your going away.', 'Turn to your right.', 'I think you’re afraid, and your father was too.'],
  },
};

describe('confusables: every set', () => {
  it('has cases here for every set, and every set is in the table', () => {
    expect(Object.keys(CASES).sort()).toEqual(CONFUSABLE_SETS.map((s) => s.id).sort());
    expect(CONFUSABLE_SETS.length).toBeGreaterThanOrEqual(60);
  });

  const flagCases = Object.entries(CASES).flatMap(([id, c]) => c.flag.map(([text, span, after]) => [id, text, span, after] as const));
  it.each(flagCases)('%s: flags “%s”', (id, text, span, after) => {
    const found = check(text);
    expect(flags(found)).toEqual([[span, `confusable-${id}`, expect.any(String)]]);
    expect(fixed(text, found)).toBe(after);
  });

  const quietCases = Object.entries(CASES).flatMap(([id, c]) => c.quiet.map((text) => [id, text] as const));
  it.each(quietCases)('%s: stays quiet on “%s”', (_id, text) => {
    expect(flags(check(text))).toEqual([]);
  });
});

describe('confusables: messages and fixes', () => {
  it('names both words, explains the difference, and fixes the case', () => {
    const [d] = check('She new the man.');
    expect(d).toMatchObject({
      check: 'confusables',
      ruleId: 'confusable-new-knew',
      severity: 'warning',
      actual: 'new',
      message: '“new” may be “knew” here.',
      note: '“Knew” is the past of “know”; “new” means recently made or not seen before.',
      fixes: [{ kind: 'replace', label: 'Change to “knew”', text: 'knew' }],
    });
  });

  it('keeps the capital of a sentence start: “Were” → “We’re”', () => {
    const text = 'Were going home. The lane was dark.';
    expect(flags(check(text))).toEqual([['Were', 'confusable-were-where', "We're"]]);
  });

  it('writes the manuscript’s apostrophe: curly beside curly quotes, straight beside straight', () => {
    expect(fixed('“Its been raining,” she said.', check('“Its been raining,” she said.'))).toBe('“It’s been raining,” she said.');
    expect(fixed('"Its been raining," she said.', check('"Its been raining," she said.'))).toBe('"It\'s been raining," she said.');
    expect(fixed('I think their lost, aren’t they?', check('I think their lost, aren’t they?'))).toBe('I think they’re lost, aren’t they?');
  });

  it('every set has a note of one or two sentences and patterns that compile', () => {
    for (const set of CONFUSABLE_SETS) {
      expect(set.note.split(/[.;]\s/).length).toBeLessThanOrEqual(4);
      for (const p of [...set.patterns, ...(set.keep ?? [])]) expect(() => compile(p, LISTS)).not.toThrow();
    }
  });

  it('rejects a malformed pattern', () => {
    expect(() => compile('she new the man')).toThrow(/Malformed/);
  });
});

describe('confusables: a page of modern fiction', () => {
  // Written after the patterns, never tuned on: both words of many sets, used correctly, in one manuscript.
  const page = [
    "They're not coming back, and their car is still over there by the gate.",
    "I think they're friends of hers, though I've never seen them before.",
    'She stood there trying to remember where she had left the keys.',
    "The crowd couldn't quiet down until the band began to play.",
    '“Your going away was the worst thing that ever happened to me,” he said.',
    'It was the kind of night when you could hear the sea from here.',
    "He'd seem a fool if he told them now, so he kept quiet.",
    "I'd rather be late than never see her again.",
    '“You’re right, of course,” she said. “It’s too late to call them now.”',
    "We were where we'd always been: at the kitchen table, waiting.",
    'The dog lay down by the fire and licked its paw.',
    'She knew the new teacher would lose her temper sooner or later.',
    '“Who’s there?” “Only me, Mum, and the boy whose bike you borrowed.”',
    'They passed the old church and walked on past the school.',
    'He took off his coat and hung it on the back of the door.',
    "There was no time to think about what she'd lost.",
    'Their father led them down the lane to where the river ran.',
    'The effect of the wine was to make him quieter than usual.',
    'She breathed in the cold air and held her breath.',
    "Maybe it's time we went home; it's getting dark.",
    "I want you to know that I'll always be there for you.",
    "If you're going to the shop, get two loaves, and some milk too.",
    "He couldn't bear to look at the bare walls of the room.",
    "It's quite all right, she told him; the house was quiet now.",
    "She'd passed her test, and the past no longer frightened her.",
    "They'd led a quiet life until the letter came.",
    '“I knew it,” she said. “I knew you’d come.”',
    'Then, for a moment, nobody spoke.',
    'The whole village turned out to see the hole in the church roof.',
    '“Course I will,” said Tom. “An’ I’ll bring the others, y’know.”',
    'She was taller than her mother by the time she was twelve.',
    'Her mother had seen to everything, as she always did.',
    "The children wandered off into the woods, and she wondered where they'd gone.",
    'The rain poured down all afternoon while she pored over her notes.',
    'They sat there in silence for a while.',
    '“Are you two coming or not?” Dad called from the car.',
    'His advice was to wait, but she decided to accept the offer anyway.',
    "I'll meet you there at nine, if that's all right with your mother.",
    "The cat's tail twitched as it watched the birds through the window.",
    '“Were you there when it happened?” she asked. “Where were you?”',
  ].join('\n\n');

  it('stays quiet on every paragraph', () => {
    expect(flags(check(page))).toEqual([]);
  });
});

describe('confusables: dialect, names and punctuation', () => {
  it.each([
    ['dialect in speech', '“I’da gone, y’know, ’course,” he said. “An’ then some.”'],
    ['a name mid-sentence', 'She met Miss Plain and Mr. Knew at the Peak.'],
    ['em dashes and ellipses', 'She knew—new as she was—that the new man… knew.'],
    ['italics markers', 'She _knew_ the *new* curate.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(flags(check(text))).toEqual([]);
  });

  it('checks dialogue too, with curly quotes', () => {
    const text = '“I don’t no what you mean,” she said.';
    expect(fixed(text, check(text))).toBe('“I don’t know what you mean,” she said.');
  });
});

describe('confusables: headings, shouting and the second round of patterns', () => {
  // Each slip with the traps written beside it: correct sentences that share its words and most of its shape.
  const slips: Array<[string, string, string]> = [
    ['Chapter Nine: The Storm We Breath', 'Breath', 'Chapter Nine: The Storm We Breathe'],
    ['THEY COULD SEEN ANGRY.', 'SEEN', 'THEY COULD SEEM ANGRY.'],
    ['We waited by the gate, but nobody was they’re.', 'they’re', 'We waited by the gate, but nobody was there.'],
    ['I don’t care if there tired; the cows need milking.', 'there', 'I don’t care if they’re tired; the cows need milking.'],
    ['The twins painted they’re varnished boat.', 'they’re', 'The twins painted their varnished boat.'],
    ['Give them there coats before they freeze.', 'there', 'Give them their coats before they freeze.'],
    ['The recipe needs to eggs and a little milk.', 'to', 'The recipe needs two eggs and a little milk.'],
    ['After too days of rain the river burst its banks.', 'too', 'After two days of rain the river burst its banks.'],
    ['It was to big a risk to take.', 'to', 'It was too big a risk to take.'],
    ['Don’t get to worried about the exam.', 'to', 'Don’t get too worried about the exam.'],
    ['When your feeling low, call me.', 'your', "When you're feeling low, call me."],
    ['Clean up you’re bedroom floor first.', 'you’re', 'Clean up your bedroom floor first.'],
    ['The cat licked it’s paw and yawned.', 'it’s', 'The cat licked its paw and yawned.'],
    ['It’s old engine was still running.', 'It’s', 'Its old engine was still running.'],
    ['I promise its worth the wait.', 'its', "I promise it's worth the wait."],
    ['The divorce effected him badly.', 'effected', 'The divorce affected him badly.'],
    ['The side affects were worse than the illness.', 'affects', 'The side effects were worse than the illness.'],
    ['Were thrilled to have you here.', 'Were', "We're thrilled to have you here."],
    ['“Were a long way from home,” she said.', 'Were', '“We’re a long way from home,” she said.'],
    ['Maybe were lost.', 'were', "Maybe we're lost."],
    ['The windows we’re shuttered when we arrived.', 'we’re', 'The windows were shuttered when we arrived.'],
    ['They we’re waiting at the door.', 'we’re', 'They were waiting at the door.'],
    ['The horses where grazing in the meadow.', 'where', 'The horses were grazing in the meadow.'],
    ['He drove back to the farm were he grew up.', 'were', 'He drove back to the farm where he grew up.'],
    ['You seen worried today.', 'seen', 'You seem worried today.'],
    ['The figures seen to support her story.', 'seen', 'The figures seem to support her story.'],
    ['Did you chose the blue one?', 'chose', 'Did you choose the blue one?'],
    ['Last week she choose the longer route.', 'choose', 'Last week she chose the longer route.'],
    ['The soup was find, thank you.', 'find', 'The soup was fine, thank you.'],
    ['I couldn’t fine the key anywhere.', 'fine', 'I couldn’t find the key anywhere.'],
    ['They planned to immigrate away from the famine.', 'immigrate', 'They planned to emigrate away from the famine.'],
    ['She ignored her aunt’s advise.', 'advise', 'She ignored her aunt’s advice.'],
    ['I need to know how to advice a nervous client.', 'advice', 'I need to know how to advise a nervous client.'],
    ['Get of my porch!', 'of', 'Get off my porch!'],
    ['He was one off the best riders in the county.', 'off', 'He was one of the best riders in the county.'],
    ['If you loose the map, we’re done for.', 'loose', 'If you lose the map, we’re done for.'],
    ['We can’t afford to loose.', 'loose', 'We can’t afford to lose.'],
    ['Let the wine breath for an hour.', 'breath', 'Let the wine breathe for an hour.'],
    ['She swore by the principal of never lending money.', 'principal', 'She swore by the principle of never lending money.'],
    ['The family sat down altogether at last.', 'altogether', 'The family sat down all together at last.'],
    ['The street was quite after midnight.', 'quite', 'The street was quiet after midnight.'],
    ['She quite her job in March.', 'quite', 'She quit her job in March.'],
    ['Honestly, its fine for now.', 'its', "Honestly, it's fine for now."],
    ['I fell uncomfortable here.', 'fell', 'I feel uncomfortable here.'],
    ['It was not where we though it would be.', 'though', 'It was not where we thought it would be.'],
    ['Ask any farmer about there future.', 'there', 'Ask any farmer about their future.'],
    ['Dogs get bored with there very expensive toys.', 'there', 'Dogs get bored with their very expensive toys.'],
    ['Was they’re anything left to eat?', 'they’re', 'Was there anything left to eat?'],
    ['When the bread cools, there ready to slice.', 'there', 'When the bread cools, they’re ready to slice.'.replace('’', "'")],
    ['Pass those plates two the kitchen.', 'two', 'Pass those plates to the kitchen.'],
    ['We bought too tickets for the ferry.', 'too', 'We bought two tickets for the ferry.'],
    ['I see the same warning two, every time.', 'two', 'I see the same warning too, every time.'],
    ['If your new here, sit with us.', 'your', "If you're new here, sit with us."],
    ['Maybe you’re sister knows the way.', 'you’re', 'Maybe your sister knows the way.'],
    ['The kettle is old, but it’s handle is fine.', 'it’s', 'The kettle is old, but its handle is fine.'],
    ['The flood had a terrible affect on the town.', 'affect', 'The flood had a terrible effect on the town.'],
    ['We’re you there when it happened?', 'We’re', 'Were you there when it happened?'],
    ['Were definitely staying for dinner.', 'Were', "We're definitely staying for dinner."],
    ['Where there any letters for me?', 'Where', 'Were there any letters for me?'],
    ['Ask him were the Blackwood inn is.', 'were', 'Ask him where the Blackwood inn is.'],
    ['The sailors where exhausted long before dawn.', 'where', 'The sailors were exhausted long before dawn.'],
    ['Beat the butter, than add the sugar.', 'than', 'Beat the butter, then add the sugar.'],
    ['Turn of the lamp when you go up.', 'of', 'Turn off the lamp when you go up.'],
    ['The heater keeps switching of by itself.', 'of', 'The heater keeps switching off by itself.'],
    ['My boots are always lose.', 'lose', 'My boots are always loose.'],
    ['Has anyone seem my glasses?', 'seem', 'Has anyone seen my glasses?'],
    ['The twins seen happy enough.', 'seen', 'The twins seem happy enough.'],
    ['Why did the council chose him?', 'chose', 'Why did the council choose him?'],
    ['I can’t fine my phone anywhere.', 'fine', 'I can’t find my phone anywhere.'],
    ['He paid a hefty find for speeding.', 'find', 'He paid a hefty fine for speeding.'],
    ['I’d advice everyone to read it.', 'advice', 'I’d advise everyone to read it.'],
    ['She finally quite her job.', 'quite', 'She finally quit her job.'],
    ['Does anyone no where the key is?', 'no', 'Does anyone know where the key is?'],
    ['We should leave know, before the rain.', 'know', 'We should leave now, before the rain.'],
    ['Let me no if you need help.', 'no', 'Let me know if you need help.'],
    ['He showed me his knew boots.', 'knew', 'He showed me his new boots.'],
    ['Who lead them into the woods?', 'lead', 'Who led them into the woods?'],
    ['I can’t tell if their joking.', 'their', 'I can’t tell if they’re joking.'],
    ['Look, they’re will be trouble.', 'they’re', 'Look, there will be trouble.'],
    ['“Me to,” said Ruth.', 'to', '“Me too,” said Ruth.'],
    ['She ordered to coffees and a bun.', 'to', 'She ordered two coffees and a bun.'],
    ['He is a faster rider then anyone here.', 'then', 'He is a faster rider than anyone here.'],
    ['I know a café were we can talk.', 'were', 'I know a café where we can talk.'],
    ['“Don’t peak!” she cried.', 'peak', '“Don’t peek!” she cried.'],
    ['The fox dug a whole under the shed.', 'whole', 'The fox dug a hole under the shed.'],
    ['He wondered through the empty rooms.', 'wondered', 'He wandered through the empty rooms.'],
    ['Her legs went week at the news.', 'week', 'Her legs went weak at the news.'],
    ['“What’s for desert?” asked Tom.', 'desert', '“What’s for dessert?” asked Tom.'],
    ['Please site your sources.', 'site', 'Please cite your sources.'],
    ['The kiosk excepts cards now.', 'excepts', 'The kiosk accepts cards now.'],
    ['The goat got lose again.', 'lose', 'The goat got loose again.'],
    ['I had a card form my aunt.', 'form', 'I had a card from my aunt.'],
    ['She handed then the bags.', 'then', 'She handed them the bags.'],
    ['I wont some cake.', 'wont', 'I want some cake.'],
    ['She read the poem allowed, slowly.', 'allowed', 'She read the poem aloud, slowly.'],
    ['We had bread an apples for lunch.', 'an', 'We had bread and apples for lunch.'],
    ['Fancy a mug off cocoa?', 'off', 'Fancy a mug of cocoa?'],
  ];
  it.each(slips)('flags “%s”', (text, span, after) => {
    const found = check(text);
    expect(found.map((d) => d.actual)).toEqual([span]);
    expect(fixed(text, found)).toBe(after);
  });

  it.each([
    'The Bear We Hunted: A Memoir',
    'Chapter Two: Where the River Runs',
    'THEY COULD NOT BEAR IT.',
    'Is anybody there? I know they’re here.',
    'From there buses run every hour.',
    'He came to, and the room was dark.',
    'I told her to.',
    'Next week she will choose the route.',
    'Should she choose to stay, we will need rooms.',
    'It was equal to such a task.',
    'Nobody objected to such a partner.',
    'He was not able to utter a word.',
    'Your coming to the ball, as you say, would please her.',
    'So far as your having some thoughts of marrying, I know nothing.',
    'I think they’re lovers, she whispered.',
    'She whispered they’re here.',
    'I know it’s time.',
    'He said it’s Tuesday.',
    'It’s people like you who make this worthwhile.',
    'The dog wagged, its tail high and proud.',
    'The council voted to fine the owners.',
    'They can fine him for parking there.',
    'He was seen to leave the house at nine.',
    'The man seen to leave the house was arrested.',
    'Were the children safe?',
    'Were it not for her, we would have drowned.',
    'Were they to ask, I would tell them.',
    'The room we’re locked in is cold.',
    'I’ll tell you we’re coming.',
    'The park where children play is closed.',
    'The hall where dancing was held burned down.',
    'Some off the top, please, and a little off the sides.',
    'Take one off the pile and pass it on.',
    'The vase fell off the shelf; he knocked the head of the statue.',
    'It was quite in character for her.',
    'He was quite at home there.',
    'It was quite, quite lovely.',
    'What did he get of the estate?',
    'We can better advise our clients now.',
    'The properties of sound affect human focus.',
    'The effects of side affect the centre.',
    'I can tell you though that it will not be easy.',
    'I agree with you though that it is odd.',
    'She gave up altogether.',
    'Let’s stop it altogether.',
    'It’s hard to breathe; just breathe slowly.',
    'He let his breath out slowly.',
    'It made the patient’s breath catch.',
    'They were not altogether sure, but they sang all together.',
    'From there, very few people made it home.',
    'The principal of the school spoke first.',
    'The principal of Hogwarts was a wizard.',
    'He went from happy to worried in a second.',
    'The dog chased its tail until it dropped.',
    'Turns out it’s lunch already.',
    'In the cellar they found there armed men waiting.',
    'They met there old friends from school.',
    'She saw there painted ships on a painted ocean.',
    'Were they there, or is there no one left?',
    'In chapter two the hero dies.',
    'He gave them two the same day.',
    'It was too serious a matter, and too nervous a time.',
    'Pick number two, or the other two.',
    'We walked two by two, in groups of two.',
    'If your new phone breaks, call me.',
    'You’re dog tired, go to bed.',
    'It’s hand painted, every tile.',
    'It’s love that matters.',
    'He had a flat affect on the ward.',
    'Where there is a will, there is a way.',
    'As if the spot were the centre of the world.',
    'No sooner had she gone, than she entered the room.',
    'I would rather stay, than go with him.',
    'The turn of the century brought change.',
    'At the turning of the tide, we sailed.',
    'The men who lead us are tired.',
    'My dogs are loose again.',
    'You will lose if you play.',
    'Children seen playing in the street were sent home.',
    'The council can fine drivers who park here.',
    'It was a rare find of great value.',
    'Let me know, or let me go.',
    'I know no one here, and now I never will.',
    'Somebody knew.',
    `"Ain't nobody home there now," Jesse said, "but they're gonna come back for their money, y'know."`,
    'She seemed taller then than she does now.',
    'The door we’re painting is blue, and the door we’re locked out of is green.',
    'Since their being at Randalls, nobody had called.',
    'Half an hour’s walk, and an earl’s younger son.',
    'An analysis of an atlas.',
    'If your leaving upsets her, stay.',
    'Were I to go, would you follow?',
    'Athletes peak at thirty.',
    'She ate a whole pie and dug a hole.',
    'He wondered about it, and wondered aloud.',
    'It was week three of the trial.',
    'They crossed the desert and ate dessert.',
    'The site of the old mill.',
    'He took the crown, and the reigns of three kings followed.',
    'Of course salt is cheap.',
    'He paid a complement of men to guard it.',
    'What have you got to lose?',
    'The attached form came from him.',
    'As he was wont to do, he rose early.',
    'They read the books allowed by the censor.',
    'A string of LED lights.',
    'She cut a slice off the loaf.',
  ])('stays quiet on “%s”', (text) => {
    expect(flags(check(text))).toEqual([]);
  });
});

describe('confusables: input no writer means (issue 10)', () => {
  it('tags around a run of 80,000 letters and still finds the slip after it', () => {
    const text = `${'x'.repeat(80_000)} and then she new the man at once.`;
    expect(flags(testEngine({ checks: ['confusables'] }).check(text).diagnostics)).toEqual([['new', 'confusable-new-knew', 'knew']]);
  });
});

describe('confusables: with the learned model', () => {
  const learned = testEngine({ checks: ['confusables'] }, true);
  const checkLearned = (text: string) => learned.check(text).diagnostics;

  const flagCases = Object.entries(CASES).flatMap(([id, c]) => c.flag.map(([text, span, after]) => [id, text, span, after] as const));
  it.each(flagCases)('%s: still flags “%s”', (id, text, span, after) => {
    const found = checkLearned(text);
    expect(flags(found)).toEqual([[span, `confusable-${id}`, expect.any(String)]]);
    expect(fixed(text, found)).toBe(after);
  });

  const quietCases = Object.entries(CASES).flatMap(([id, c]) => c.quiet.map((text) => [id, text] as const));
  it.each(quietCases)('%s: stays quiet on “%s”', (_id, text) => {
    expect(flags(checkLearned(text))).toEqual([]);
  });

  it('says why in words, with a confidence, where no pattern fires', () => {
    const text = 'She gave him a look that said she new more than she let on.';
    expect(flags(check(text))).toEqual([]);
    const found = checkLearned(text);
    expect(flags(found)).toEqual([['new', 'confusable-new-knew', 'knew']]);
    expect(found[0]!.note).toMatch(/^After ‘said she’ and before ‘more than’, ‘knew’ is (far )?likelier than ‘new’\. “Knew” is/);
    expect(found[0]!.confidence).toBeGreaterThan(0.5);
    expect(found[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it('stays out of fragments too short to judge', () => {
    expect(flags(checkLearned('“Where not?” she asked.'))).toEqual([]);
  });

  it('judges one word of context only on a clear margin, and then with less confidence', () => {
    const found = checkLearned('“I new,” she said.');
    expect(flags(found)).toEqual([['new', 'confusable-new-knew', 'knew']]);
    expect(found[0]!.note).toMatch(/^After ‘I’, ‘knew’ is likelier than ‘new’\./);
    // Under 0.6: “accept all” leaves it unticked.
    expect(found[0]!.confidence).toBeLessThan(0.6);
  });

  it('gives a pattern flag the model leans toward, short of its threshold, a middle confidence', () => {
    const [d] = checkLearned('The new rules will effect everyone.');
    expect(d?.fixes[0]).toMatchObject({ text: 'affect' });
    expect(d?.confidence).toBe(0.85);
  });

  it('raises the confidence of a pattern flag the model agrees with', () => {
    const [d] = checkLearned('She new the man.');
    expect(d?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d?.note).toMatch(/‘knew’ is (far )?likelier than ‘new’/);
  });
});

describe('confusables: the pattern language', () => {
  it('rejects an unknown @NAME when a pattern compiles, and accepts classes and tags', async () => {
    const { compile } = await import('./pattern.js');
    expect(() => compile('@SUBJECT [new] @ART => knew')).toThrow(/Unknown class @SUBJECT/);
    expect(() => compile('[new] @NOUNS => knew')).toThrow(/Unknown class @NOUNS/);
    expect(() => compile('@SUBJ [new] @ART|@NOUN|@PL => knew')).not.toThrow();
  });

  it('expands named lists and rejects an unknown one', async () => {
    const { compile } = await import('./pattern.js');
    expect(compile('@MODAL [effect] %BRING_ABOUT => affect', { BRING_ABOUT: 'repairs|escape' }).source).toBe('@MODAL [effect] repairs|escape => affect');
    expect(() => compile('[effect] %NOPE => affect', {})).toThrow(/Unknown list %NOPE/);
  });

  it('writes a long word list once: twelve words or more used twice are a named list (%NAME)', () => {
    const uses = new Map<string, number>();
    for (const set of CONFUSABLE_SETS) {
      for (const source of [...set.patterns, ...(set.keep ?? [])]) {
        for (const atom of source.split('=>')[0]!.replace(/[[\]]/g, ' ').split(/\s+/)) {
          for (const part of atom.split('&')) {
            const alternatives = part.replace(/^!/, '');
            if (alternatives.split('|').length >= 12) uses.set(alternatives, (uses.get(alternatives) ?? 0) + 1);
          }
        }
      }
    }
    expect([...uses].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('uses every named list', () => {
    const sources = CONFUSABLE_SETS.flatMap((set) => [...set.patterns, ...(set.keep ?? [])]).join('\n');
    expect(Object.keys(LISTS).filter((name) => !sources.includes(`%${name}`))).toEqual([]);
  });
});

describe('confusables: quiet where a pattern over-reached on the blind sets (session 5)', () => {
  // Invented, built like the false flags of blind sets 10 and 12: a verb with its object read as a noun after “her”,
  // and a change brought about read as an influence.
  it.each([
    'The old queen let her advise them on the treaty.',
    'A new mayor could effect real reform within a year.',
    'Only the council can effect lasting change here.',
  ])('stays quiet on “%s”', (text) => {
    expect(flags(check(text))).toEqual([]);
  });
  it.each([
    ['Her advise was sound, as always.', 'advise', 'advice'],
    ['The drug may effect young children badly.', 'effect', 'affect'],
  ])('still flags “%s”', (text, word, fix) => {
    expect(flags(check(text))).toEqual([[word, expect.stringMatching(/^confusable-/), fix]]);
  });
});

describe('confusables: quiet where published novels use the words rightly (issue 15, the 26-novel guard)', () => {
  // Each line is invented, built like a false alarm found in ../shared/corpus (the novel's construction, not its words).
  it.each([
    ['a letter’s close', '“Your loving brother, Thomas Eade.”'],
    ['a possessive before a noun and “and”', '“Your hat and coat are in the hall,” said the porter.'],
    ['“so” + adjective + noun after a possessive', 'The vicar quoted your so beloved Wordsworth at me.'],
    ['a gerund after a preposition', 'What is this I hear about your going to open a bakery?'],
    ['a right that is denied', 'I must deny your right to read my letters.'],
    ['“all your” before an adjective', 'I forget you and all your clever, tiresome schemes.'],
    ['“that you’re right”', 'There is a fair chance that you’re right about the mill.'],
    ['“there” after a verb of place, before a time', 'They meant to skate there next winter, if the pond froze.'],
    ['“there” after “stand”, before a length of time', 'The teacher made him stand there half the morning.'],
    ['“in there” before “worth”', 'There is a chest in there worth opening, I promise you.'],
    ['“there own” as a verb', 'The farmers up there own all the good pasture.'],
    ['“until their” + gerund', 'They barely spoke again until their parting at the gate.'],
    ['“all their might”', 'The oxen pulled with all their might at the stump.'],
    ['“its” + adverb + adjective + noun', 'The storm did nothing to improve its already gloomy name.'],
    ['“with its not” + adjective', 'He liked the old dog, with its not unkindly growl.'],
    ['“its fine” + noun', 'The regiment marched back with its fine order unbroken.'],
    ['“for it’s” after a comma', 'We must hurry, for it’s half past six already.'],
    ['“some of it’s” + adjective', 'Some of it’s Latin and some of it’s Greek, I think.'],
    ['“even thought” as a verb', 'Nell even thought she heard the gate click.'],
    ['“even thought” before “of”', 'He never even thought of the letter again.'],
    ['“scared of”', 'The pony is scared of the geese.'],
    ['“stripped of”', 'The captain was stripped of his rank.'],
    ['“taken of”', 'No notice was taken of the boy at all.'],
    ['“nod of”', 'She dismissed him with a nod of her head.'],
    ['“the shaking of”', 'The shaking of the lamp threw shadows on the wall.'],
    ['“We’re there.”', '“Wake up, both of you. We’re there.”'],
    ['“altogether too”', 'You are getting altogether too clever for a farm girl.'],
    ['“some think”', 'And some think you spend too freely.'],
    ['“reign in” a place', '“Better to reign in a cottage than serve in a palace.”'],
    ['“and” + adjective at a clause end', 'She wished to seem practical and artistic.'],
    ['a plural possessive after “an”', 'He was sent to an officers’ school in the spring.'],
    ['“to” + adjective after an object', 'They would never subject her to dangerous work.'],
    ['“to” + verb after a noun', 'She set the kettle to boil.'],
    ['a height', 'He stood six foot two, and broad with it.'],
    ['a clock striking', 'She heard the hall clock chime two.'],
    ['“Hear you” + verb', '“Hear you bought the Miller place.”'],
    ['“of coarse” + noun', 'The sacks were made of coarse cloth.'],
    ['“of coarse” + adjective', 'It was a kind of coarse grey, like wet slate.'],
    ['“as your so” + adjective + name', 'As your so clever Mr. Darcy would say, it is a pity.'],
    ['“let” + name + “lead”', 'Aunt Polly let Sid lead the way home.'],
    ['“lay there” before a time', 'As he lay there day after day, he thought of the farm.'],
    ['an adjective before “to many”', 'His manner seemed charming to many, and rude to a few.'],
    ['“it’s” + a gerund that is the subject', '“Ain’t spending now, it’s saving does it,” said the cook.'],
  ])('%s', (_label, text) => {
    expect(flags(check(text))).toEqual([]);
  });

  it.each([
    ['“Your” + adjective at the end', '“Your late!” she called.', '“You’re late!” she called.'],
    ['“Your so” + adjective at the end', 'Your so stubborn.', "You're so stubborn."],
    ['“your going to” after a verb', 'I think your going to win.', "I think you're going to win."],
    ['“your right” after a word that is no verb', 'Okay, your right.', "Okay, you're right."],
    ['“there” + noun after a transitive verb', 'The boys dropped there bags by the door.', 'The boys dropped their bags by the door.'],
    ['“its” + adverb at a clause start', 'I think its really cold today.', "I think it's really cold today."],
    ['“even thought” before a clause', 'She went, even thought it was raining.', 'She went, even though it was raining.'],
    ['“We’re there” in a question', 'We’re there any letters for me?', 'Were there any letters for me?'],
    ['“rein in” with an object', 'She tried to reign in her temper.', 'She tried to rein in her temper.'],
    ['“and” + adjective + noun', 'It was and old house.', 'It was an old house.'],
    ['“to” + adjective after a verb', 'The box was to heavy.', 'The box was too heavy.'],
    ['“Hear we are”', '“Hear we are at last,” said Mum.', '“Here we are at last,” said Mum.'],
    ['“of coarse” before a clause', 'Of coarse I will come.', 'Of course I will come.'],
    ['“ought to of”', '“You ought to of asked first,” Pa said.', '“You ought to have asked first,” Pa said.'],
  ])('still flags %s', (_label, text, after) => {
    expect(fixed(text, check(text))).toBe(after);
  });
});
