//! The typed message catalogue: every text the shell shows, in German and
//! English.
//!
//! Each language is one value of [`Messages`]; a field that one language
//! lacks is a compile error, so a missing translation fails the build rather
//! than showing a blank or a key to a visitor. Pure: no browser crate.

/// A language the UI speaks. German is the default because the app's
/// audience is the German recruiting market.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Deutsch (default).
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The BCP 47 code, used for `<html lang>`, storage and `Intl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Reads a language code as stored or passed by a host page. Only the
    /// primary subtag counts ("de-AT" is German); anything unknown is `None`
    /// so the caller decides the fallback.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The catalogue for this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

/// Every text of the app shell. Adding a field forces both translations.
#[derive(Debug)]
pub struct Messages {
    /// The product name in the header.
    pub app_name: &'static str,
    /// One line under the product name.
    pub tagline: &'static str,
    /// Accessible name of the main navigation.
    pub nav_label: &'static str,
    /// Link text: overview page.
    pub nav_home: &'static str,
    /// Link text: employer quiz.
    pub nav_employer: &'static str,
    /// Link text: candidate quiz.
    pub nav_candidate: &'static str,
    /// Link text: cost calculator.
    pub nav_calculator: &'static str,
    /// Accessible name of the language switch.
    pub lang_switch_label: &'static str,
    /// Name of each language in its own tongue, for the switch's titles.
    pub lang_name: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Heading of the overview page.
    pub home_title: &'static str,
    /// Introduction on the overview page.
    pub home_intro: &'static str,
    /// Employer quiz: title.
    pub employer_title: &'static str,
    /// Employer quiz: one-line description.
    pub employer_desc: &'static str,
    /// Candidate quiz: title.
    pub candidate_title: &'static str,
    /// Candidate quiz: one-line description.
    pub candidate_desc: &'static str,
    /// Cost calculator: title.
    pub calculator_title: &'static str,
    /// Cost calculator: one-line description.
    pub calculator_desc: &'static str,
    /// Call to open a tool from the overview.
    pub open_tool: &'static str,
    /// Notice on a tool page that is still being built.
    pub under_construction: &'static str,
    /// Heading for an unknown route.
    pub not_found_title: &'static str,
    /// Text for an unknown route.
    pub not_found_text: &'static str,
    /// Footer promise about privacy.
    pub privacy_note: &'static str,
}

/// German texts (default).
pub static DE: Messages = Messages {
    app_name: "KAM Navigator",
    tagline: "Account Manager oder Key Account Manager? Entscheiden mit Zahlen statt Bauchgefühl.",
    nav_label: "Werkzeuge",
    nav_home: "Übersicht",
    nav_employer: "Für Arbeitgeber",
    nav_candidate: "Für Vertriebler",
    nav_calculator: "Kostenrechner",
    lang_switch_label: "Sprache",
    lang_name: "Deutsch",
    skip_to_content: "Zum Inhalt springen",
    home_title: "Welche Vertriebsrolle passt?",
    home_intro: "Drei Werkzeuge helfen bei der Entscheidung zwischen Account Management und Key Account Management: für Unternehmen, die einstellen wollen, für Vertriebler, die ihren nächsten Schritt planen, und für alle, die wissen wollen, was eine Stelle wirklich kostet.",
    employer_title: "Brauchen wir einen Account Manager oder einen Key Account Manager?",
    employer_desc: "Ein kurzer Fragebogen zu Kunden und Umsatz: mit Empfehlung, Begründung Punkt für Punkt und passender Teamgröße.",
    candidate_title: "Welche Rolle passt zu mir?",
    candidate_desc: "Von Junior Account Manager bis bereit für Key Accounts: Ihre Einordnung, die nächsten Karriereschritte und das zu erwartende Gehalt.",
    calculator_title: "Was kostet die Stelle wirklich?",
    calculator_desc: "Gehaltsspannen nach Rolle, Branche und Region, Arbeitgeberanteile 2026, Dienstwagen, Recruiting und Einarbeitung: AM und KAM im Vergleich.",
    open_tool: "Öffnen",
    under_construction: "Dieses Werkzeug wird gerade gebaut und ist bald hier verfügbar.",
    not_found_title: "Seite nicht gefunden",
    not_found_text: "Diese Adresse kennt der KAM Navigator nicht. Wählen Sie oben ein Werkzeug.",
    privacy_note: "Alles wird in Ihrem Browser berechnet. Es werden keine Daten übertragen.",
};

/// English texts.
pub static EN: Messages = Messages {
    app_name: "KAM Navigator",
    tagline: "Account Manager or Key Account Manager? Decide with figures, not gut feeling.",
    nav_label: "Tools",
    nav_home: "Overview",
    nav_employer: "For employers",
    nav_candidate: "For sales people",
    nav_calculator: "Cost calculator",
    lang_switch_label: "Language",
    lang_name: "English",
    skip_to_content: "Skip to content",
    home_title: "Which sales role fits?",
    home_intro: "Three tools help with the choice between account management and key account management: for companies about to hire, for sales people planning their next step, and for anyone who wants to know what a position really costs.",
    employer_title: "Do we need an Account Manager or a Key Account Manager?",
    employer_desc: "A short questionnaire about customers and revenue: a recommendation, the reasons factor by factor and the team size that fits.",
    candidate_title: "Which role fits me?",
    candidate_desc: "From junior account manager to ready for key accounts: where you stand, your next career steps and the salary to expect.",
    calculator_title: "What does the position really cost?",
    calculator_desc: "Salary bands by role, industry and region, 2026 employer contributions, company car, recruiting and ramp-up: AM and KAM side by side.",
    open_tool: "Open",
    under_construction: "This tool is being built and will be available here soon.",
    not_found_title: "Page not found",
    not_found_text: "KAM Navigator does not know this address. Pick a tool above.",
    privacy_note: "Everything is computed in your browser. No data is sent anywhere.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn region_subtags_and_case_are_accepted() {
        for (code, want) in [
            ("de-AT", Some(Lang::De)),
            ("EN_gb", Some(Lang::En)),
            (" en ", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(Lang::from_code(code), want, "code {code:?}");
        }
    }

    #[test]
    fn german_is_the_default() {
        assert_eq!(Lang::default(), Lang::De);
    }

    #[test]
    fn the_languages_really_differ() {
        // A copy-paste of one catalogue into the other would pass the
        // compiler; this catches it for the texts that must differ.
        let (de, en) = (Lang::De.messages(), Lang::En.messages());
        assert_ne!(de.home_title, en.home_title);
        assert_ne!(de.under_construction, en.under_construction);
        assert_ne!(de.nav_calculator, en.nav_calculator);
        assert_ne!(de.privacy_note, en.privacy_note);
    }
}
