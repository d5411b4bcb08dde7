//! Where a figure comes from: source tags, validity dates and two-language
//! labels, so the UI can print "source: …" next to every number it shows.

use std::fmt;

/// The origin of a figure (domain guide, introduction: \[A\] \[S\] \[M\] \[D\]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceTag {
    /// \[A\] the recruiter's article ("recruiter's market experience").
    Article,
    /// \[S\] German statutory social-security figures.
    Statutory,
    /// \[M\] public salary and market reports.
    Market,
    /// \[D\] our own product decision; the UI labels it as an assumption.
    Assumption,
}

impl SourceTag {
    /// All tags, in display order.
    pub const ALL: [SourceTag; 4] = [
        SourceTag::Article,
        SourceTag::Statutory,
        SourceTag::Market,
        SourceTag::Assumption,
    ];

    /// The tag as spelled in the data file.
    pub const fn as_str(self) -> &'static str {
        match self {
            SourceTag::Article => "article",
            SourceTag::Statutory => "statutory",
            SourceTag::Market => "market",
            SourceTag::Assumption => "assumption",
        }
    }

    /// The tag read from the data file's spelling.
    pub fn parse(s: &str) -> Option<SourceTag> {
        SourceTag::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The text key the UI translates ("source.article" …).
    pub const fn text_key(self) -> &'static str {
        match self {
            SourceTag::Article => "source.article",
            SourceTag::Statutory => "source.statutory",
            SourceTag::Market => "source.market",
            SourceTag::Assumption => "source.assumption",
        }
    }

    /// The weaker of two sources, used for figures derived from two others
    /// (a midpoint of an article minimum and an assumed maximum is itself an
    /// assumption).
    pub fn combine(self, other: SourceTag) -> SourceTag {
        if self == other {
            self
        } else {
            SourceTag::Assumption
        }
    }
}

impl fmt::Display for SourceTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar date (`valid_from`), validated on load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A figure with its source tag and the date it is valid from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sourced<T> {
    /// The figure itself.
    pub value: T,
    /// Where it comes from.
    pub source: SourceTag,
    /// From when it applies.
    pub valid_from: Date,
}

impl<T> Sourced<T> {
    /// Applies `f` to the value, keeping source and date.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sourced<U> {
        Sourced {
            value: f(self.value),
            source: self.source,
            valid_from: self.valid_from,
        }
    }
}

/// The app's display languages; one type for the data labels and the UI.
pub use crate::i18n::Lang;

/// A text given by the data file in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// German text.
    pub de: String,
    /// English text.
    pub en: String,
}

impl Label {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2026-01-01"),
            Some(Date {
                year: 2026,
                month: 1,
                day: 1
            })
        );
        for bad in [
            "2026-13-01",
            "2026-1-01",
            "",
            "2026-01-01-",
            "+026-01-01",
            "2026-00-10",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
