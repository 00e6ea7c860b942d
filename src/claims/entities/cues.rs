//! The words around and inside a name that tell what it is: titles before
//! people, organisation and place words, sentence openers that are not
//! names. These are the rules of English news writing, not lists of names:
//! known places and groups come from the generated gazetteer.
//!
//! Every list is sorted (a test checks) and searched with [`listed`]: the
//! scanner asks several of them about every capitalised word.

/// A title that can stand right before a person's name ("President",
/// "Dr.", "CEO"): it becomes the person's role.
pub(crate) const HEAD_TITLES: [&str; 62] = [
    "adm", "admiral", "ambassador", "analyst", "bishop", "captain", "cardinal", "ceo", "cfo", "chairman",
    "chairwoman", "chancellor", "coach", "col", "colonel", "commander", "congressman", "congresswoman", "coo", "cto",
    "czar", "dame", "director", "dr", "executive", "founder", "gen", "gov", "governor", "judge", "king", "leader",
    "lieutenant", "lord", "lt", "marshal", "mayor", "minister", "miss", "mr", "mrs", "ms", "pope", "premier",
    "president", "prince", "princess", "prof", "professor", "queen", "rabbi", "rep", "representative", "secretary",
    "sen", "senator", "sergeant", "sgt", "sheikh", "sir", "spokesman", "spokeswoman",
];

/// Words that make a longer title with a head title ("Prime Minister",
/// "Vice President", "Attorney General", "Chief Executive"); alone they
/// are not titles ("General Motors").
pub(crate) const TITLE_MODIFIERS: [&str; 36] = [
    "acting", "agriculture", "assistant", "associate", "attorney", "chief", "defence", "defense", "deputy",
    "economic", "economy", "education", "energy", "finance", "first", "foreign", "former", "general", "grand",
    "health", "home", "house", "interior", "justice", "major", "majority", "managing", "minority", "opposition",
    "party", "prime", "senior", "state", "trade", "transport", "vice",
];

/// Words that make a name an organisation wherever they stand in it.
pub(crate) const ORGANISATION_WORDS: [&str; 86] = [
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "bureau", "cabinet", "capital", "center", "centre", "club", "co", "college",
    "commission", "committee", "companies", "company", "congress", "corp", "corporation", "council", "court",
    "department", "exchange", "fc", "federation", "forces", "foundation", "front", "fund", "group", "herald",
    "holdings", "inc", "industries", "institute", "institution", "journal", "laboratories", "laboratory", "labs",
    "league", "llc", "ltd", "media", "ministry", "motors", "movement", "navy", "network", "news", "office",
    "organisation", "organization", "parliament", "partners", "party", "plc", "police", "post", "press", "radio",
    "reserve", "school", "securities", "senate", "service", "society", "store", "systems", "technologies",
    "technology", "television", "times", "treasury", "trust", "union", "united", "university",
];

/// A last word that makes a name a place ("Silicon Valley", "Zhejiang
/// Province", "Wall Street").
pub(crate) const PLACE_LAST_WORDS: [&str; 31] = [
    "airport", "avenue", "basin", "bay", "city", "coast", "county", "delta", "desert", "district", "gulf", "heights",
    "hills", "island", "islands", "lake", "mountain", "mountains", "ocean", "peninsula", "plain", "province",
    "region", "river", "road", "sea", "square", "strait", "street", "valley", "wall",
];

/// A first word that makes a two- or three-word name a place ("Lake Tahoe",
/// "San Jose", "New Delhi", "Port Said").
pub(crate) const PLACE_FIRST_WORDS: [&str; 19] = [
    "cape", "el", "fort", "gulf", "lake", "las", "los", "mount", "mt", "new", "north", "port", "saint", "san",
    "santa", "sao", "south", "st", "são",
];

/// Plural party and movement names that are groups of people.
pub(crate) const POLITICAL_GROUPS: [&str; 12] = [
    "communists", "conservatives", "democrats", "greens", "liberals", "loyalists", "nationalists", "rebels",
    "republicans", "separatists", "socialists", "tories",
];

/// Lower-case words right before a name that say it is a place ("in
/// China", "near Lyon").
pub(crate) const PLACE_PREPOSITIONS: [&str; 6] = [
    "across", "in", "inside", "near", "outside", "throughout",
];

/// "of", "for", "and" join words inside an organisation's name ("Center for
/// Strategic and International Studies").
pub(crate) const CONNECTORS: [&str; 5] = [
    "and", "de", "for", "of", "the",
];

/// Acronyms and capitalised words that are not names in news text.
pub(crate) const NOT_NAMES: [&str; 20] = [
    "agi", "ai", "api", "ceo", "cfo", "cto", "eastern", "fp8", "gdp", "gpu", "gpus", "i", "ipo", "iq", "llm", "moe",
    "ok", "r&d", "tv", "western",
];

/// Months and days, with their abbreviations ("Dec" of a dateline).
pub(crate) const MONTHS_DAYS: [&str; 37] = [
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri", "friday", "jan", "january", "jul",
    "july", "jun", "june", "mar", "march", "may", "mon", "monday", "nov", "november", "oct", "october", "sat",
    "saturday", "sep", "sept", "september", "sunday", "thu", "thursday", "tue", "tuesday", "wed", "wednesday",
];

/// Capitalised words that open sentences without being names.
pub(crate) const STARTERS: [&str; 40] = [
    "according", "after", "although", "amid", "among", "as", "before", "but", "despite", "during", "earlier",
    "following", "for", "furthermore", "however", "in", "indeed", "instead", "last", "later", "like", "meanwhile",
    "moreover", "now", "once", "perhaps", "regardless", "similarly", "since", "still", "though", "today",
    "traditionally", "under", "unlike", "upon", "while", "with", "yesterday", "yet",
];

/// Abbreviations written with a dot inside names ("St. Petersburg", "Dr.
/// Smith", "Martin Luther King Jr.").
pub(crate) const ABBREVIATIONS: [&str; 17] = [
    "col", "dr", "ft", "gen", "gov", "jr", "lt", "mr", "mrs", "ms", "mt", "prof", "rep", "sen", "sgt", "sr", "st",
];

/// A word's lower case, held on the stack: the scanner asks several cue
/// lists about every word of a run, and a heap copy per question was a
/// third of its time. Every cue is short, so a word longer than the buffer
/// has an empty key, which no list holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueKey {
    buf: [u8; CueKey::BYTES],
    len: u8,
}

impl CueKey {
    /// Longer than any cue or stop word.
    const BYTES: usize = 24;

    pub(crate) fn new(word: &str) -> CueKey {
        let mut key = CueKey { buf: [0; CueKey::BYTES], len: 0 };
        let mut n = 0;
        for c in word.chars().map(crate::text::lower_char) {
            let end = n + c.len_utf8();
            if end > CueKey::BYTES {
                return CueKey { buf: [0; CueKey::BYTES], len: 0 };
            }
            c.encode_utf8(&mut key.buf[n..end]);
            n = end;
        }
        key.len = n as u8;
        key
    }

    /// The whole lower-case word ("dr.").
    pub(crate) fn full(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }

    /// Without its trailing dots ("dr"), as the title and organisation
    /// lists are keyed.
    pub(crate) fn core(&self) -> &str {
        self.full().trim_end_matches('.')
    }
}

/// Whether `word` is in the sorted cue list `list`.
pub(crate) fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|e| crate::order::short_str_cmp(e, word)).is_ok()
}

/// Currency codes, which are not organisations.
pub(crate) fn is_currency_code(lower: &str) -> bool {
    matches!(lower, "usd" | "eur" | "gbp" | "jpy" | "cny" | "rmb")
}

/// Whether `lower` (a lower-cased word, dots trimmed) is a title word.
pub(crate) fn is_title_word(lower: &str) -> bool {
    listed(&HEAD_TITLES, lower) || listed(&TITLE_MODIFIERS, lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_lists_are_sorted_for_bisection() {
        let lists: [(&str, &[&str]); 12] = [
            ("HEAD_TITLES", &HEAD_TITLES), ("TITLE_MODIFIERS", &TITLE_MODIFIERS), ("ORGANISATION_WORDS", &ORGANISATION_WORDS),
            ("PLACE_LAST_WORDS", &PLACE_LAST_WORDS), ("PLACE_FIRST_WORDS", &PLACE_FIRST_WORDS), ("POLITICAL_GROUPS", &POLITICAL_GROUPS),
            ("PLACE_PREPOSITIONS", &PLACE_PREPOSITIONS), ("CONNECTORS", &CONNECTORS), ("NOT_NAMES", &NOT_NAMES),
            ("MONTHS_DAYS", &MONTHS_DAYS), ("STARTERS", &STARTERS), ("ABBREVIATIONS", &ABBREVIATIONS),
        ];
        for (name, list) in lists {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "given {name}, expected sorted unique words, got {:?} before {:?}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| listed(list, w)), "given {name}, expected every word listed");
            assert!(list.iter().all(|w| CueKey::new(w).full() == *w), "given {name}, expected every word to fit a cue key");
        }
    }

    #[test]
    fn cue_keys_lower_case_on_the_stack() {
        for (word, full, core) in [("Dr.", "dr.", "dr"), ("SÃO", "são", "são"), ("U.S.", "u.s.", "u.s"), ("Internationalisationsprozess", "", "")] {
            let k = CueKey::new(word);
            assert_eq!((k.full(), k.core()), (full, core), "given {word:?}, expected ({full:?}, {core:?})");
        }
    }
}
