//! The app shell's state and its transitions as plain functions.
//!
//! The UI wraps [`ShellState::apply`] in a reducer; storage and the URL are
//! written at the edge (in effects), so this stays testable natively.

use crate::i18n::Lang;
use crate::route::Route;

/// What the shell knows: the language and the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ShellState {
    /// The UI language.
    pub lang: Lang,
    /// The page shown.
    pub route: Route,
}

/// What can happen to the shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShellAction {
    /// The visitor picked a language.
    SetLang(Lang),
    /// The hash changed (link click, back button, typed URL).
    Navigate(Route),
}

impl ShellState {
    /// The start state from what the edge read: the language codes stored
    /// for this tab and for the visitor (if any, possibly garbage) and the
    /// current hash.
    /// A language in the hash (a shared link's `l=`) comes first, so the
    /// link opens its result as it was shared; then the tab's, which keeps
    /// a link's language over a reload without making it the visitor's.
    pub fn initial(tab_lang: Option<&str>, stored_lang: Option<&str>, hash: &str) -> ShellState {
        ShellState {
            lang: link_lang(hash)
                .or_else(|| tab_lang.and_then(Lang::from_code))
                .or_else(|| stored_lang.and_then(Lang::from_code))
                .unwrap_or_default(),
            route: Route::from_hash(hash),
        }
    }

    /// The next state.
    pub fn apply(self, action: ShellAction) -> ShellState {
        match action {
            ShellAction::SetLang(lang) => ShellState { lang, ..self },
            ShellAction::Navigate(route) => ShellState { route, ..self },
        }
    }
}

/// The language a shared link carries (`#/employer?s=…&l=en`), if it is
/// one the app speaks.
pub fn link_lang(hash: &str) -> Option<Lang> {
    let query = hash.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("l="))
        .and_then(Lang::from_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial_state_falls_back_to_german_and_home() {
        assert_eq!(ShellState::initial(None, None, ""), ShellState::default());
        assert_eq!(ShellState::initial(None, Some("xx"), "").lang, Lang::De);
        assert_eq!(ShellState::initial(None, Some("en"), "").lang, Lang::En);
        assert_eq!(
            ShellState::initial(None, Some("en"), "#/calculator").route,
            Route::Calculator
        );
    }

    #[test]
    fn a_shared_links_language_comes_before_the_stored_one() {
        let cases = [
            (Some("de"), "#/employer?s=1.e.x&l=en", Lang::En),
            (None, "#/employer?l=en&s=1.e.x", Lang::En),
            (Some("en"), "#/calculator?s=1.c.x&l=de", Lang::De),
            (Some("en"), "#/calculator?s=1.c.x&l=xx", Lang::En),
            (None, "#/calculator?s=1.c.x&l=", Lang::De),
            (Some("en"), "#/calculator?s=1.c.x", Lang::En),
            (None, "#/l=en", Lang::De),
        ];
        for (stored, hash, want) in cases {
            assert_eq!(
                ShellState::initial(None, stored, hash).lang,
                want,
                "{stored:?} {hash}"
            );
        }
    }

    /// A tab that opened an English link stays English over a reload; a
    /// garbage tab value falls through to the visitor's choice, and a new
    /// link's language still wins.
    #[test]
    fn the_tabs_language_comes_between_the_link_and_the_stored_one() {
        let cases = [
            (Some("en"), Some("de"), "#/employer", Lang::En),
            (Some("xx"), Some("en"), "#/employer", Lang::En),
            (Some("xx"), None, "#/employer", Lang::De),
            (Some("en"), Some("en"), "#/employer?s=1.e.x&l=de", Lang::De),
            (None, Some("en"), "", Lang::En),
        ];
        for (tab, stored, hash, want) in cases {
            assert_eq!(
                ShellState::initial(tab, stored, hash).lang,
                want,
                "{tab:?} {stored:?} {hash}"
            );
        }
    }

    #[test]
    fn actions_change_only_their_part() {
        let s = ShellState::initial(None, Some("en"), "#/employer");
        let s2 = s.apply(ShellAction::SetLang(Lang::De));
        assert_eq!(s2.route, Route::Employer);
        assert_eq!(s2.lang, Lang::De);
        let s3 = s2.apply(ShellAction::Navigate(Route::Candidate));
        assert_eq!(s3.lang, Lang::De);
        assert_eq!(s3.route, Route::Candidate);
    }
}
