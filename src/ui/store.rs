//! The session reducer: a three-line wrapper around the pure
//! [`Session::apply`], plus the props every tool page receives.

use std::rc::Rc;

use yew::prelude::*;

use crate::cta::Cta;
use crate::domain::data::Config;
use crate::embed::HostEvent;
use crate::i18n::Lang;
use crate::route::Route;
use crate::session::{Session, SessionAction};

/// The reducer state.
#[derive(PartialEq)]
pub struct SessionStore(pub Session);

impl Reducible for SessionStore {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        Rc::new(SessionStore(self.0.apply(action)))
    }
}

/// The validated data, compared by address. There is one `Config` per data
/// document for the page's life, so two references hold the same figures
/// exactly when they point at the same place; a derived comparison would
/// walk every figure of the file each time props are compared.
#[derive(Clone, Copy)]
pub struct Data(pub &'static Config);

impl PartialEq for Data {
    fn eq(&self, other: &Data) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for Data {
    type Target = Config;

    fn deref(&self) -> &Config {
        self.0
    }
}

/// What a tool page needs: the language, the data, the session and the
/// configured call to action.
#[derive(Properties, Clone, PartialEq)]
pub struct ToolProps {
    /// UI language.
    pub lang: Lang,
    /// The validated data.
    pub cfg: Data,
    /// The visitor's session.
    pub session: UseReducerHandle<SessionStore>,
    /// Optional call to action at the results.
    #[prop_or_default]
    pub cta: Option<Rc<Cta>>,
    /// Opens another page of the widget (the hash or internal state,
    /// depending on the widget's routing).
    pub onnavigate: Callback<Route>,
    /// Reports to the host page (a `CustomEvent` on the element).
    pub onevent: Callback<HostEvent>,
    /// The address a share link opens, without the state (the standalone
    /// page, or the host page for an embedded widget).
    pub share_base: AttrValue,
}
