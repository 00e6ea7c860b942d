//! The words around and inside a name that tell what it is: titles before
//! people, organisation and place words, sentence openers that are not
//! names. These are the rules of English news writing, not lists of names:
//! known places and groups come from the generated gazetteer.

/// A title that can stand right before a person's name ("President",
/// "Dr.", "CEO"): it becomes the person's role.
pub(crate) const HEAD_TITLES: [&str; 62] = [
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "ceo", "cto", "cfo", "coo", "chairman",
    "chairwoman", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "minister", "premier",
    "chancellor", "secretary", "governor", "gov", "mayor", "judge", "king", "queen", "prince", "princess", "pope",
    "sheikh", "ambassador", "spokesman", "spokeswoman", "coach", "captain", "gen", "lt", "col", "sgt", "adm",
    "lieutenant", "colonel", "sergeant", "commander", "admiral", "marshal", "founder", "director", "executive",
    "analyst", "czar", "leader", "sir", "lord", "dame", "cardinal", "bishop", "rabbi",
];

/// Words that make a longer title with a head title ("Prime Minister",
/// "Vice President", "Attorney General", "Chief Executive"); alone they
/// are not titles ("General Motors").
pub(crate) const TITLE_MODIFIERS: [&str; 36] = [
    "prime", "vice", "deputy", "foreign", "finance", "defence", "defense", "interior", "trade", "justice", "health",
    "economy", "economic", "education", "energy", "agriculture", "transport", "home", "first", "chief", "acting",
    "former", "assistant", "associate", "senior", "general", "attorney", "managing", "opposition", "party", "state",
    "majority", "minority", "house", "major", "grand",
];

/// Words that make a name an organisation wherever they stand in it.
pub(crate) const ORGANISATION_WORDS: [&str; 86] = [
    "store", "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "companies", "university", "college",
    "school", "academy", "center", "centre", "institute", "institution", "bank", "group", "exchange",
    "administration", "agency", "ministry", "department", "council", "commission", "committee", "association",
    "federation", "foundation", "fund", "capital", "labs", "laboratory", "laboratories", "party", "union", "fc",
    "club", "united", "league", "authority", "board", "bureau", "office", "organisation", "organization",
    "parliament", "congress", "senate", "assembly", "court", "army", "navy", "police", "forces", "airlines",
    "airways", "motors", "industries", "systems", "technologies", "technology", "holdings", "partners",
    "securities", "trust", "times", "post", "news", "press", "journal", "herald", "television", "radio",
    "network", "media", "reserve", "treasury", "cabinet", "front", "movement", "alliance", "society", "service",
];

/// A last word that makes a name a place ("Silicon Valley", "Zhejiang
/// Province", "Wall Street").
pub(crate) const PLACE_LAST_WORDS: [&str; 31] = [
    "wall", "valley", "city", "province", "county", "island", "islands", "street", "river", "sea", "ocean", "lake", "bay",
    "mountains", "mountain", "coast", "peninsula", "region", "district", "square", "avenue", "road", "airport",
    "strait", "gulf", "desert", "basin", "heights", "hills", "plain", "delta",
];

/// A first word that makes a two- or three-word name a place ("Lake Tahoe",
/// "San Jose", "New Delhi", "Port Said").
pub(crate) const PLACE_FIRST_WORDS: [&str; 19] = [
    "lake", "mount", "mt", "gulf", "cape", "port", "fort", "san", "santa", "são", "sao", "los", "las", "new", "saint",
    "st", "el", "north", "south",
];

/// Plural party and movement names that are groups of people.
pub(crate) const POLITICAL_GROUPS: [&str; 12] = [
    "democrats", "republicans", "conservatives", "liberals", "socialists", "communists", "greens", "tories",
    "nationalists", "separatists", "rebels", "loyalists",
];

/// Lower-case words right before a name that say it is a place ("in
/// China", "near Lyon").
pub(crate) const PLACE_PREPOSITIONS: [&str; 6] = ["in", "near", "outside", "across", "throughout", "inside"];

/// "of", "for", "and" join words inside an organisation's name ("Center for
/// Strategic and International Studies").
pub(crate) const CONNECTORS: [&str; 5] = ["of", "for", "and", "de", "the"];

/// Acronyms and capitalised words that are not names in news text.
pub(crate) const NOT_NAMES: [&str; 20] = [
    "ai", "api", "agi", "ceo", "cto", "cfo", "gpu", "gpus", "llm", "iq", "fp8", "r&d", "ipo", "gdp", "i", "ok", "tv",
    "western", "eastern", "moe",
];

/// Months and days, with their abbreviations ("Dec" of a dateline).
pub(crate) const MONTHS_DAYS: [&str; 37] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
];

/// Capitalised words that open sentences without being names.
pub(crate) const STARTERS: [&str; 40] = [
    "despite", "last", "according", "as", "with", "for", "in", "after", "before", "during", "since", "although",
    "though", "while", "unlike", "like", "under", "among", "amid", "following", "meanwhile", "moreover", "furthermore",
    "similarly", "traditionally", "regardless", "upon", "once", "today", "yesterday", "earlier", "later", "still", "yet",
    "instead", "indeed", "perhaps", "now", "however", "but",
];

/// Abbreviations written with a dot inside names ("St. Petersburg", "Dr.
/// Smith", "Martin Luther King Jr.").
pub(crate) const ABBREVIATIONS: [&str; 17] = ["st", "mt", "ft", "dr", "mr", "mrs", "ms", "jr", "sr", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "prof"];

/// Currency codes, which are not organisations.
pub(crate) fn is_currency_code(lower: &str) -> bool {
    matches!(lower, "usd" | "eur" | "gbp" | "jpy" | "cny" | "rmb")
}

/// Whether `lower` (a lower-cased word, dots trimmed) is a title word.
pub(crate) fn is_title_word(lower: &str) -> bool {
    HEAD_TITLES.contains(&lower) || TITLE_MODIFIERS.contains(&lower)
}
