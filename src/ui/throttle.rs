//! Hands values on at most once per delay, always ending with the latest.
//!
//! Calculator inputs change with every keystroke. Work that is slow (a
//! storage write) or noisy for someone else (an event to the host page) is
//! done for the value the visitor settles on, not for every intermediate
//! one. The very first value goes out at once (a result that appears is
//! reported without delay); after that a value arms a timer, later ones
//! replace the waiting value without touching the browser, and when the
//! timer fires the latest value goes out, unless it equals the last one
//! handed over (3 → 35 → 3 within the delay hands over nothing). The owner
//! may hand a waiting value over sooner ([`Throttle::flush`]); one still
//! waiting when the throttle is dropped goes out then, if the sink can still
//! take it. Between two values nothing crosses into JavaScript, which keeps
//! typing cheap in time and in the JS heap.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

/// How long a value waits while the visitor types: longer than the gap
/// between keystrokes, short enough that a pause feels answered.
pub const PAUSE_MS: u32 = 250;

/// A value waiting to be handed to `sink`.
pub struct Throttle<T: PartialEq> {
    delay_ms: u32,
    /// The value last handed over: an equal one is not handed over again.
    last: RefCell<Option<T>>,
    pending: RefCell<Option<T>>,
    /// Whether `timer` is still to fire. A fired timer stays in its slot
    /// until the next one replaces it: dropping it inside its own callback
    /// would free the closure that is running.
    armed: Cell<bool>,
    timer: RefCell<Option<Timeout>>,
    sink: Box<dyn Fn(T)>,
}

/// Identity: a throttle is only ever equal to itself (hook dependencies).
impl<T: PartialEq> PartialEq for Throttle<T> {
    fn eq(&self, other: &Throttle<T>) -> bool {
        std::ptr::eq(self, other)
    }
}

impl<T: Clone + PartialEq + 'static> Throttle<T> {
    /// Hands values to `sink` at most once per `delay_ms`.
    pub fn new(delay_ms: u32, sink: impl Fn(T) + 'static) -> Rc<Throttle<T>> {
        Rc::new(Throttle {
            delay_ms,
            last: RefCell::new(None),
            pending: RefCell::new(None),
            armed: Cell::new(false),
            timer: RefCell::new(None),
            sink: Box::new(sink),
        })
    }

    /// Hands the first value over at once; keeps any later one for the
    /// next hand-over, replacing a waiting value.
    pub fn push(self: &Rc<Self>, value: T) {
        if self.last.borrow().is_none() {
            self.hand_over(value);
            return;
        }
        *self.pending.borrow_mut() = Some(value);
        if !self.armed.get() {
            self.armed.set(true);
            // Weak: the timer lives inside the throttle and must not keep it.
            let this = Rc::downgrade(self);
            *self.timer.borrow_mut() = Some(Timeout::new(self.delay_ms, move || {
                if let Some(this) = Weak::upgrade(&this) {
                    this.armed.set(false);
                    this.flush();
                }
            }));
        }
    }

    /// Hands over the waiting value now, if there is one.
    pub fn flush(&self) {
        // Taken before the call: the sink may push again.
        let pending = self.pending.borrow_mut().take();
        if let Some(value) = pending {
            self.hand_over(value);
        }
    }

    /// Forgets the waiting value and the last one handed over: the owner
    /// handled something newer itself.
    pub fn discard(&self) {
        self.pending.borrow_mut().take();
        self.last.borrow_mut().take();
    }

    fn hand_over(&self, value: T) {
        if self.last.borrow().as_ref() == Some(&value) {
            return;
        }
        *self.last.borrow_mut() = Some(value.clone());
        (self.sink)(value);
    }
}

impl<T: PartialEq> Drop for Throttle<T> {
    fn drop(&mut self) {
        if let Some(value) = self.pending.get_mut().take() {
            if self.last.get_mut().as_ref() != Some(&value) {
                (self.sink)(value);
            }
        }
    }
}
