//! Hash routes: `#/employer`, `#/candidate`, `#/calculator`.
//!
//! Hash routing needs no server rewrites, so `dist/` works on any static
//! host and under any sub-path. Pure: parsing and printing only.

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Route {
    /// The overview with the three tools.
    #[default]
    Home,
    /// The employer quiz.
    Employer,
    /// The candidate quiz.
    Candidate,
    /// The cost calculator.
    Calculator,
    /// A hash the app does not know.
    NotFound,
}

impl Route {
    /// The three tools, in navigation order.
    pub const TOOLS: [Route; 3] = [Route::Employer, Route::Candidate, Route::Calculator];

    /// Parses `location.hash` (with or without the leading `#`). Anything
    /// after a `?` is state for the page, not part of the route, so a shared
    /// link with state still opens the right tool.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let path = hash.split('?').next().unwrap_or_default();
        let path = path.trim_matches('/');
        match path {
            "" => Route::Home,
            "employer" => Route::Employer,
            "candidate" => Route::Candidate,
            "calculator" => Route::Calculator,
            _ => Route::NotFound,
        }
    }

    /// The hash to link to, including the `#`.
    pub fn to_hash(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Employer => "#/employer",
            Route::Candidate => "#/candidate",
            Route::Calculator => "#/calculator",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, want: Route) {
        assert_eq!(Route::from_hash(hash), want, "hash {hash:?}");
    }

    #[test]
    fn parses_hashes() {
        check("", Route::Home);
        check("#", Route::Home);
        check("#/", Route::Home);
        check("#/employer", Route::Employer);
        check("#/employer/", Route::Employer);
        check("/candidate", Route::Candidate);
        check("#/calculator?s=1.abc", Route::Calculator);
        check("#/unknown", Route::NotFound);
        check("#/employer/extra", Route::NotFound);
        check("#/%00<script>", Route::NotFound);
    }

    #[test]
    fn every_route_round_trips_except_not_found() {
        for r in [
            Route::Home,
            Route::Employer,
            Route::Candidate,
            Route::Calculator,
        ] {
            assert_eq!(Route::from_hash(r.to_hash()), r);
        }
        assert_eq!(Route::from_hash(Route::NotFound.to_hash()), Route::Home);
    }
}
