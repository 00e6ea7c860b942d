//! What kind of thing a name is: from the gazetteer, the words inside it
//! and what the text said around its mentions.

use super::cues::{listed, ORGANISATION_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, POLITICAL_GROUPS};
use super::gazetteer::{is_group, is_place, lookup_key};
use super::EntityKind;

/// What the text around the mentions of one name said.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hints {
    /// A title stood before it ("President", "Dr.", "CEO").
    pub person: bool,
    /// A place preposition ("in") or a dateline stood before it.
    pub place: bool,
}

impl Hints {
    pub(crate) fn merge(self, other: Hints) -> Hints {
        Hints { person: self.person || other.person, place: self.place || other.place }
    }
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn has_inner_capital(w: &str) -> bool {
    w.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The kind of `name` given the hints of its mentions.
///
/// Order matters: the gazetteer names whole places ("United States"), an
/// organisation word makes the rest organisations ("Bank of England"), a
/// title beats the shape of the name.
pub(crate) fn kind_of(name: &str, hints: Hints) -> EntityKind {
    let key = lookup_key(name);
    let words: Vec<&str> = key.split(' ').collect();
    if is_place(&key) {
        return EntityKind::Place;
    }
    if (words.len() > 1 || !hints.person) && words.iter().any(|w| listed(&ORGANISATION_WORDS, w)) {
        return EntityKind::Organisation;
    }
    if is_group(&key) || (words.len() == 1 && (listed(&POLITICAL_GROUPS, key.as_str()) || key.ends_with("ists") || key.ends_with("ites"))) {
        return EntityKind::Group;
    }
    if words.len() > 1 && words.last().is_some_and(|w| listed(&PLACE_LAST_WORDS, w)) {
        return EntityKind::Place;
    }
    if (2..=3).contains(&words.len()) && words.first().is_some_and(|w| listed(&PLACE_FIRST_WORDS, w)) && !hints.person {
        return EntityKind::Place;
    }
    if hints.person {
        return EntityKind::Person;
    }
    // "Scale AI", "BBC News": an acronym inside a longer name.
    let orig: Vec<&str> = name.split(' ').collect();
    if orig.len() > 1 && orig.iter().any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())) {
        return EntityKind::Organisation;
    }
    if hints.place && words.len() == 1 {
        return EntityKind::Place;
    }
    if orig.len() == 1 {
        // "R1", "H100": products and models. Other single names in news are
        // mostly companies and agencies ("Nvidia", "OpenAI", "NASA").
        if name.chars().any(|c| c.is_ascii_digit()) {
            return EntityKind::Other;
        }
        return EntityKind::Organisation;
    }
    if (2..=3).contains(&orig.len()) && orig.iter().all(|w| is_capitalised(w) && !has_inner_capital(w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')) {
        return EntityKind::Person;
    }
    EntityKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_gazetteer_cues_and_hints() {
        let none = Hints::default();
        let person = Hints { person: true, place: false };
        let place = Hints { person: false, place: true };
        let cases = [
            ("China", none, EntityKind::Place),
            ("New Delhi", none, EntityKind::Place),
            ("San Jose", none, EntityKind::Place),
            ("Silicon Valley", none, EntityKind::Place),
            ("European Union", none, EntityKind::Organisation),
            ("Democratic Party", none, EntityKind::Organisation),
            ("Manchester United", none, EntityKind::Organisation),
            ("Bank of England", none, EntityKind::Organisation),
            ("Chinese", none, EntityKind::Group),
            ("Democrats", none, EntityKind::Group),
            ("Liang Wenfeng", none, EntityKind::Person),
            ("Wenfeng", person, EntityKind::Person),
            ("Lyon", place, EntityKind::Place),
            ("Nvidia", none, EntityKind::Organisation),
            ("R1", none, EntityKind::Other),
        ];
        for (name, hints, want) in cases {
            assert_eq!(kind_of(name, hints), want, "given {name:?} with {hints:?}, expected {want:?}");
        }
    }
}
