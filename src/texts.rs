//! Translations of the text keys the domain emits (stub; being written).

use crate::i18n::Lang;

/// The text for a domain key in a language, if the catalogue has it.
pub fn text(_lang: Lang, _key: &str) -> Option<&'static str> {
    None
}
