//! Keeps the visitor's session in localStorage without writing it on every
//! keystroke.
//!
//! A quiz answer, a reset or a loaded link is written at once: they come
//! one click at a time, and tests and other tabs may read storage right
//! after. Calculator inputs arrive with every keystroke, and a storage
//! write costs more than the rest of the update together, so they go
//! through a [`Throttle`]: the first at once, later ones at most once per
//! [`DELAY_MS`], and at once when the page is hidden or left
//! (`visibilitychange`, `pagehide`) or the widget is removed.
//! A reload, a closed tab or a switch to another app therefore always finds
//! the last input.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use yew::AttrValue;

use crate::domain::flow::QuizFlow;
use crate::embed::route_tool;
use crate::route::Route;
use crate::session::Session;
use crate::ui::storage;
use crate::ui::throttle::{Throttle, PAUSE_MS};

/// Longest a calculator input waits for its write while the page stays
/// open and visible.
pub const DELAY_MS: u32 = PAUSE_MS;

/// The writer for one pair of storage keys.
pub struct Saver {
    state_key: AttrValue,
    steps_key: AttrValue,
    /// The quizzes as last written: a change there is written at once.
    quizzes: RefCell<Option<(QuizFlow, QuizFlow)>>,
    /// The steps as last written: they change only in the quizzes.
    steps: RefCell<Option<String>>,
    /// Calculator changes waiting for their write.
    later: Rc<Throttle<Session>>,
}

impl PartialEq for Saver {
    fn eq(&self, other: &Saver) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Saver {
    /// A writer for the answers (`state_key`) and quiz steps (`steps_key`).
    /// A session still waiting when the saver is dropped is lost (the
    /// throttle's sink can no longer reach the saver): its owner calls
    /// [`Saver::flush`] first, as `Pages` does when the widget is removed.
    pub fn new(state_key: AttrValue, steps_key: AttrValue) -> Rc<Saver> {
        Rc::new_cyclic(|me: &Weak<Saver>| {
            // Weak: the saver owns the throttle, which must not keep it.
            let me = me.clone();
            Saver {
                state_key,
                steps_key,
                quizzes: RefCell::new(None),
                steps: RefCell::new(None),
                later: Throttle::new(DELAY_MS, move |session: Session| {
                    if let Some(saver) = me.upgrade() {
                        saver.write(&session);
                    }
                }),
            }
        })
    }

    /// The session changed: writes it now, or soon if only the calculator
    /// changed since the last write.
    pub fn changed(&self, session: &Session) {
        let same_quizzes = self
            .quizzes
            .borrow()
            .as_ref()
            .is_some_and(|(e, c)| *e == session.employer && *c == session.candidate);
        if same_quizzes {
            self.later.push(session.clone());
        } else {
            // Anything waiting is older than this, and the next calculator
            // change must be written even if it equals an earlier one.
            self.later.discard();
            self.write(session);
        }
    }

    /// Writes a waiting session, if any.
    pub fn flush(&self) {
        self.later.flush();
    }

    fn write(&self, session: &Session) {
        storage::set(&self.state_key, &session.encode(route_tool(Route::Home)));
        let steps = session.steps();
        let mut written = self.steps.borrow_mut();
        if written.as_deref() != Some(steps.as_str()) && storage::set(&self.steps_key, &steps) {
            *written = Some(steps);
        }
        *self.quizzes.borrow_mut() = Some((session.employer.clone(), session.candidate.clone()));
    }

    /// Flushes when the page is hidden or left, for as long as the returned
    /// listeners live.
    pub fn flush_on_leave(self: &Rc<Self>) -> Vec<EventListener> {
        let Some(window) = web_sys::window() else {
            return Vec::new();
        };
        let mut listeners = Vec::with_capacity(2);
        let saver = Rc::downgrade(self);
        listeners.push(EventListener::new(&window, "pagehide", move |_| {
            if let Some(saver) = saver.upgrade() {
                saver.flush();
            }
        }));
        if let Some(document) = window.document() {
            let saver = Rc::downgrade(self);
            let doc = document.clone();
            listeners.push(EventListener::new(
                &document,
                "visibilitychange",
                move |_| {
                    if doc.hidden() {
                        if let Some(saver) = saver.upgrade() {
                            saver.flush();
                        }
                    }
                },
            ));
        }
        listeners
    }
}
