//! Hands values on at most once per delay, always ending with the latest
//! ([`Throttle`]), or once they stop coming ([`Quiet`]).
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

/// Hands the latest text on once no new one came for `ticks` turns of
/// `tick_ms`: a debounce that sets no timer per value. A value only
/// replaces the waiting one in Rust; while one waits, a timer ticks, and
/// each tick arms the next in the other of two slots, so no timer is
/// dropped inside its own callback. (A timer set and cleared per value
/// cost 8 KB of JS heap over 1,000 calculator changes.)
pub struct Quiet {
    tick_ms: u32,
    ticks: u8,
    state: RefCell<QuietState>,
    sink: Box<dyn Fn(String)>,
}

#[derive(Default)]
struct QuietState {
    waiting: Option<String>,
    /// Ticks since the last value.
    quiet: u8,
    /// Whether a tick is due.
    running: bool,
    timers: [Option<Timeout>; 2],
}

impl Quiet {
    /// A debounce of `ticks` × `tick_ms` that hands texts to `sink`.
    pub fn new(tick_ms: u32, ticks: u8, sink: impl Fn(String) + 'static) -> Rc<Quiet> {
        Rc::new(Quiet {
            tick_ms,
            ticks,
            state: RefCell::new(QuietState::default()),
            sink: Box::new(sink),
        })
    }

    /// Keeps `text` for the next quiet spell, replacing a waiting one.
    pub fn push(self: &Rc<Self>, text: String) {
        let start = {
            let mut s = self.state.borrow_mut();
            s.waiting = Some(text);
            s.quiet = 0;
            !std::mem::replace(&mut s.running, true)
        };
        if start {
            self.arm(0);
        }
    }

    fn arm(self: &Rc<Self>, slot: usize) {
        // Weak: the timers live inside and must not keep it.
        let this = Rc::downgrade(self);
        let timer = Timeout::new(self.tick_ms, move || {
            if let Some(this) = Weak::upgrade(&this) {
                this.tick(slot);
            }
        });
        if let Some(t) = self.state.borrow_mut().timers.get_mut(slot) {
            *t = Some(timer);
        }
    }

    fn tick(self: &Rc<Self>, slot: usize) {
        let done = {
            let mut s = self.state.borrow_mut();
            s.quiet = s.quiet.saturating_add(1);
            if s.quiet >= self.ticks {
                s.running = false;
                Some(s.waiting.take())
            } else {
                None
            }
        };
        match done {
            Some(Some(text)) => (self.sink)(text),
            Some(None) => {}
            // The other slot: this tick's own timer is still running.
            None => self.arm(1 - slot),
        }
    }
}
