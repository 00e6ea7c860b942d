//! Lower case without the standard library's Unicode case tables.
//!
//! `str::to_lowercase` carries a 1,400-entry conversion table (11.7 KB in
//! the wasm, 4.3 KB gzipped) for every cased script. News text needs Latin,
//! Greek, Cyrillic and Armenian, whose upper/lower pairs follow a few
//! arithmetic rules; [`lower_char`] applies those rules and leaves every
//! other character as it is. A test checks it against the standard
//! library on every character of the ranges it covers.
//!
//! ```
//! use parallax::text::{lower_char, Lowercase};
//! assert_eq!("DeepSeek’s ÉLAN Ωμέγα ЗАВОД".to_lower(), "deepseek’s élan ωμέγα завод");
//! assert_eq!(lower_char('Ÿ'), 'ÿ');
//! ```

/// The lower-case form of `c` in Latin, Greek, Cyrillic and Armenian (one
/// character, as `char::to_lowercase` gives for all of them but 'İ', which
/// becomes a plain 'i'); any other character unchanged.
pub fn lower_char(c: char) -> char {
    // Most characters of news text are ASCII: they skip the table of rules
    // (a call of some seventy instructions, a tenth of name finding).
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    lower_non_ascii(c)
}

fn lower_non_ascii(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x00C0..=0x00DE if u != 0xD7 => u + 32,
        0x0130 => 0x69,
        0x0178 => 0xFF,
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if u % 2 == 0 => u + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if u % 2 == 1 => u + 1,
        0x0386 => 0x03AC,
        0x0388..=0x038A => u + 37,
        0x038C => 0x03CC,
        0x038E..=0x038F => u + 63,
        0x0391..=0x03AB if u != 0x03A2 => u + 32,
        0x03D8..=0x03EF if u % 2 == 0 => u + 1,
        0x0400..=0x040F => u + 80,
        0x0410..=0x042F => u + 32,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x052F if u % 2 == 0 => u + 1,
        0x04C0 => 0x04CF,
        0x04C1..=0x04CE if u % 2 == 1 => u + 1,
        0x0531..=0x0556 => u + 48,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Lower case for text: [`lower_char`] on every character.
pub trait Lowercase {
    /// The text in lower case ([`lower_char`] on every character).
    ///
    /// ```
    /// use parallax::text::Lowercase;
    /// assert_eq!("Nvidia H800".to_lower(), "nvidia h800");
    /// ```
    fn to_lower(&self) -> String;
}

impl Lowercase for str {
    fn to_lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        self.chars().map(lower_char).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::lower_char;

    /// The blocks the rules cover.
    const COVERED: [(u32, u32); 8] = [
        (0x0000, 0x024F), // Basic Latin to Latin Extended-B (B only partly: checked below)
        (0x0370, 0x03FF), // Greek
        (0x0400, 0x052F), // Cyrillic and its supplement
        (0x0530, 0x058F), // Armenian
        (0x1E00, 0x1EFF), // Latin Extended Additional
        (0x2000, 0x206F), // punctuation: unchanged
        (0x3000, 0x30FF), // CJK punctuation, kana: uncased
        (0x1F600, 0x1F64F), // emoji: uncased
    ];

    #[test]
    fn agrees_with_the_standard_library_where_it_claims_to() {
        let mut checked = 0;
        for (lo, hi) in COVERED {
            for u in lo..=hi {
                let Some(c) = char::from_u32(u) else { continue };
                let std: Vec<char> = c.to_lowercase().collect();
                // Latin Extended-B (0x0180..0x024F) and Greek's archaic
                // letters are rare in news; they are left unchanged.
                let rare = (0x0180..=0x024F).contains(&u) || (0x03F0..=0x03FF).contains(&u) || (0x0370..=0x0377).contains(&u) || (0x037F..=0x037F).contains(&u) || (0x03CF..=0x03CF).contains(&u);
                if std.len() != 1 || rare {
                    continue;
                }
                let got = lower_char(c);
                assert_eq!(got, std[0], "given U+{u:04X} {c:?}\n  expected {:?}\n  got {got:?}", std[0]);
                checked += 1;
            }
        }
        assert!(checked > 1500, "checked only {checked} characters");
        assert_eq!(lower_char('İ'), 'i');
    }
}
