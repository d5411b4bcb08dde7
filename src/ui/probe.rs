//! Render counts per component, in debug builds only.
//!
//! Browser tests read them to prove that one calculator input re-renders
//! only what shows its effect: a regression (a callback recreated on every
//! render, a prop that never compares equal) makes every field and table
//! render again and is otherwise invisible except as lost speed. Release
//! builds compile the calls to nothing.

#[cfg(debug_assertions)]
thread_local! {
    static COUNTS: std::cell::RefCell<Vec<(&'static str, u32)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes one render of the component called `name`.
#[inline]
pub fn rendered(name: &'static str) {
    #[cfg(debug_assertions)]
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        match c.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k = k.saturating_add(1),
            None => c.push((name, 1)),
        }
    });
    #[cfg(not(debug_assertions))]
    let _ = name;
}

/// Renders of `name` so far (always 0 in release builds).
pub fn renders(name: &str) -> u32 {
    #[cfg(debug_assertions)]
    {
        COUNTS.with(|c| {
            c.borrow()
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(0, |(_, k)| *k)
        })
    }
    #[cfg(not(debug_assertions))]
    {
        let _ = name;
        0
    }
}
