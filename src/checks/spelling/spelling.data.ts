/**
 * Word lists for the spelling check. Each list says why its words are accepted.
 */

/**
 * Period and variant spellings that older fiction (and writers imitating it) use on purpose: they are the
 * spellings of Austen, Dickens and the Brontës, not typos of modern words. Accepted while
 * `periodSpellings` is on (the default).
 */
export const PERIOD_SPELLINGS: readonly string[] = [
  'ancle', 'ancles', 'befal', 'befals', 'befel', 'chuse', 'chuses', 'chusing', 'cloaths', 'compleat',
  'compleatly', 'connexion', 'connexions', 'cyder', 'despatch', 'despatched', 'develope', 'developed',
  'encrease', 'encreased', 'enquire', 'enquired', 'enquiries', 'enquiry', 'enquiring', 'expence',
  'expences', 'extacy', 'gaol', 'headach', 'inclose', 'inclosed', 'intreat', 'intreated', 'intreaties',
  'intreaty', 'negociate', 'negociation', 'phrenzy', 'recal', 'recals', 'shew', 'shewed', 'shewing',
  'shewn', 'shews', 'sopha', 'staid', 'stopt', 'surprize', 'surprized', 'surprizes', 'surprizing',
  'teaze', 'teazed', 'teazing', 'visiter', 'visiters', 'waggon', 'ye', 'quitted', 'dropt', 'stept', 'wrapt',
  'gipsy', 'gipsies', 'dulness', 'fulness', 'secresy', 'hazle', 'doating', 'curtsey', 'curtseyed',
  'curtseying', "'tis", "'twas", "'twere", "'twould", "'twill", 'sakes', "se'nnight", "se'ennight",
  'grandmama', 'grandpapa', 'tete-a-tete', 'regimentals', 'curricle', 'annum', 'chaise', 'barouche',
  'landau', 'pianoforte', 'sennight', 'wherefore', 'whilst', 'amongst', 'mayhap', 'methinks', 'hath', 'doth',
  'thee', 'thou', 'thy', 'thine', 'ere', 'nay', 'oft',
];

/**
 * Informal and dialect forms that turn up in dialogue. Elisions ending in an apostrophe ("bleedin’",
 * "somethin'") are accepted by rule when the full "-ing" word is known; these are the rest.
 */
export const DIALECT_WORDS: readonly string[] = [
  "ain't", "daren't", "sha'n't", "needn't", "mayn't", "c'mon", "d'you", 'dunno', 'gimme', 'gonna', 'gotta', "I'da", "I'dve", 'innit', 'kinda', 'lemme',
  "ma'am", 'nope', 'outta', 'sorta', "s'pose", "t'ain't", "t'was", 'wanna', 'whaddya', "y'all",
  "y'know", 'yeah', 'yep', 'yup', "'em", "'til", "'cause", "'bout", "'round",
];

/**
 * Titles and calendar words: capitalised mid-sentence all the time, never characters. Kept out of the
 * cast list.
 */
export const NOT_NAMES: readonly string[] = [
  'I', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Madam', 'Lady', 'Lord', 'Colonel', 'Captain', 'Major',
  'General', 'Aunt', 'Uncle', 'Mother', 'Father', 'Mama', 'Mamma', 'Papa', 'God', 'Heaven', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Christmas',
  'Chapter', 'Volume', 'English', 'French',
];

/** Lower-case particles of names, accepted before a capitalised word: "de Bourgh", "van Helsing". */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von',
];

/**
 * Slurs the bundled dictionary accepts without marking them NOSUGGEST: accepted when written, never offered as
 * a correction (a one-off name like "Kirke" must not be "corrected" into one).
 */
export const NEVER_SUGGEST: readonly string[] = [
  'chink', 'coon', 'dago', 'dyke', 'fag', 'faggot', 'gook', 'kike', 'nigger', 'paki', 'retard', 'spic', 'tranny', 'wog', 'wop',
];
