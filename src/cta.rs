//! The optional call to action at the results ("talk to a recruiter"):
//! its link and label come from configuration, so they are checked here.
//!
//! Only `https:`, `http:`, `mailto:` and `tel:` links are accepted: a
//! `javascript:` or `data:` link from a careless or hostile configuration
//! would run script in the visitor's page. Pure: no browser crate.

/// A checked call to action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    href: String,
    label: Option<String>,
}

/// Why a configured link was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CtaError {
    /// No link given.
    Empty,
    /// A scheme other than https, http, mailto or tel.
    SchemeNotAllowed,
    /// Control characters or an over-long link.
    Malformed,
}

/// Longest accepted link, generous for a mailto with subject.
const MAX_LEN: usize = 2_000;

impl Cta {
    /// Checks a configured link and optional label.
    pub fn new(href: &str, label: Option<&str>) -> Result<Cta, CtaError> {
        let href = href.trim();
        if href.is_empty() {
            return Err(CtaError::Empty);
        }
        if href.len() > MAX_LEN || href.chars().any(char::is_control) {
            return Err(CtaError::Malformed);
        }
        let scheme = href
            .split_once(':')
            .map(|(s, _)| s.to_ascii_lowercase())
            .ok_or(CtaError::SchemeNotAllowed)?;
        if !matches!(scheme.as_str(), "https" | "http" | "mailto" | "tel") {
            return Err(CtaError::SchemeNotAllowed);
        }
        let label = label
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| l.chars().filter(|c| !c.is_control()).take(120).collect());
        Ok(Cta {
            href: href.to_string(),
            label,
        })
    }

    /// The configured label, if any (the UI falls back to its own).
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// The link to open. For a `mailto:` link the body is prefilled with
    /// `summary` (unless the configuration already set one), so the
    /// recruiter sees the result; nothing is sent by the app itself.
    pub fn href_with_summary(&self, summary: &str) -> String {
        let is_mailto = self
            .href
            .get(..7)
            .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"));
        // A byte-window comparison, not `str::contains`: a substring search
        // would ship core's two-way searcher (about 2.5 KB of wasm) for this
        // one check.
        let has_body = self
            .href
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"body="));
        if !is_mailto || has_body {
            return self.href.clone();
        }
        let sep = if self.href.contains('?') { '&' } else { '?' };
        format!("{}{sep}body={}", self.href, percent_encode(summary))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(hex(b >> 4));
            out.push(hex(b & 0xf));
        }
    }
    out
}

fn hex(n: u8) -> char {
    char::from_digit(u32::from(n), 16)
        .unwrap_or('0')
        .to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // reason: tests fail loudly on purpose
    use super::*;

    #[test]
    fn accepts_only_safe_schemes() {
        for ok in [
            "https://recruiter.example/kontakt",
            "http://recruiter.example",
            "mailto:team@recruiter.example",
            "MAILTO:team@recruiter.example",
            "tel:+49301234567",
        ] {
            assert!(Cta::new(ok, None).is_ok(), "{ok}");
        }
        for (bad, why) in [
            ("javascript:alert(1)", CtaError::SchemeNotAllowed),
            ("JaVaScRiPt:alert(1)", CtaError::SchemeNotAllowed),
            (
                "data:text/html,<script>alert(1)</script>",
                CtaError::SchemeNotAllowed,
            ),
            ("vbscript:msgbox", CtaError::SchemeNotAllowed),
            ("//evil.example", CtaError::SchemeNotAllowed),
            ("   ", CtaError::Empty),
            ("java\tscript:alert(1)", CtaError::Malformed),
            ("https://x\n.example", CtaError::Malformed),
        ] {
            assert_eq!(Cta::new(bad, None), Err(why), "{bad:?}");
        }
    }

    #[test]
    fn mailto_gets_the_summary_as_body() {
        let cta = Cta::new("mailto:team@recruiter.example?subject=KAM", Some("Talk")).unwrap();
        assert_eq!(
            cta.href_with_summary("KAM recommended: 1 KAM & 2 AMs"),
            "mailto:team@recruiter.example?subject=KAM&body=KAM%20recommended%3A%201%20KAM%20%26%202%20AMs"
        );
        let web = Cta::new("https://recruiter.example", None).unwrap();
        assert_eq!(web.href_with_summary("x"), "https://recruiter.example");
        // A body the host set stays, in any letter case and at the very end.
        for preset in [
            "mailto:a@b.example?body=hi",
            "mailto:a@b.example?subject=x&BODY=hi",
            "MAILTO:a@b.example?Body=",
        ] {
            let cta = Cta::new(preset, None).unwrap();
            assert_eq!(cta.href_with_summary("x"), preset);
        }
        // Too short to hold a body at all.
        assert_eq!(
            Cta::new("mailto:", None).unwrap().href_with_summary("y"),
            "mailto:?body=y"
        );
        assert_eq!(
            Cta::new("mailto:a@b.example", None)
                .unwrap()
                .href_with_summary("Ä"),
            "mailto:a@b.example?body=%C3%84"
        );
    }

    #[test]
    fn labels_are_trimmed_and_blank_ones_dropped() {
        assert_eq!(Cta::new("tel:1", Some("  ")).unwrap().label(), None);
        assert_eq!(
            Cta::new("tel:1", Some(" Call us ")).unwrap().label(),
            Some("Call us")
        );
    }
}
