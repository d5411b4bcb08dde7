//! Everything a visitor has entered, across the three tools, and its
//! transitions as plain functions.
//!
//! The UI keeps one [`Session`] in a reducer; it persists it (encoded with
//! the domain's URL codec) to localStorage and into share links at the edge.
//! Loading reports what went wrong as a [`LoadNotice`] instead of failing:
//! a broken link or stale storage starts the visitor fresh, with a word why.

use crate::domain::candidate::CANDIDATE_QUESTIONS;
use crate::domain::codec::{self, AppState, CodecError, Tool};
use crate::domain::cost::{CalculatorEdit, CalculatorInputs};
use crate::domain::employer::EMPLOYER_QUESTIONS;
use crate::domain::flow::{FlowAction, QuizFlow};
use crate::domain::money::Cents;

/// The visitor's answers and inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The employer quiz, with its step.
    pub employer: QuizFlow,
    /// The candidate quiz, with its step.
    pub candidate: QuizFlow,
    /// The cost calculator's inputs.
    pub calculator: CalculatorInputs,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            employer: QuizFlow::new(EMPLOYER_QUESTIONS),
            candidate: QuizFlow::new(CANDIDATE_QUESTIONS),
            calculator: CalculatorInputs::default(),
        }
    }
}

/// What can happen to the session.
// reason: actions live for one dispatch; boxing the calculator inputs would
// add an allocation per keystroke to save a few hundred bytes of stack.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// A step in the employer quiz.
    Employer(FlowAction),
    /// A step in the candidate quiz.
    Candidate(FlowAction),
    /// New calculator inputs (the UI derives them from the old ones).
    Calculator(CalculatorInputs),
    /// One calculator field changed.
    EditCalculator(CalculatorEdit),
    /// Open the calculator for a team of `kam` KAMs and `am` AMs, as the
    /// employer result recommends.
    PrefillTeam {
        /// KAMs.
        kam: u32,
        /// AMs.
        am: u32,
    },
    /// Start one tool over.
    Reset(Tool),
    /// Replace everything (a shared link was opened).
    Load(Box<Session>),
}

/// Why a stored or shared state was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The share link could not be read.
    BadLink(CodecError),
    /// The stored state was unreadable or from another version.
    BadStorage(CodecError),
}

impl Session {
    /// The session described by a decoded state: each quiz resumes at its
    /// first unanswered required question (or its result).
    pub fn from_state(state: AppState) -> Session {
        Session {
            employer: QuizFlow::resume(EMPLOYER_QUESTIONS, state.employer),
            candidate: QuizFlow::resume(CANDIDATE_QUESTIONS, state.candidate),
            calculator: state.calculator,
        }
    }

    /// The state to encode, with the tool the link should open.
    pub fn to_state(&self, tool: Tool) -> AppState {
        AppState {
            tool,
            employer: self.employer.answers().clone(),
            candidate: self.candidate.answers().clone(),
            calculator: self.calculator.clone(),
        }
    }

    /// The encoded state, for storage and share links.
    pub fn encode(&self, tool: Tool) -> String {
        codec::encode(&self.to_state(tool))
    }

    /// The encoded state of one tool, for a share link: a visitor who
    /// shares a candidate result does not pass on their company's figures,
    /// and the recipient's other tools keep their own inputs.
    pub fn share(&self, tool: Tool) -> String {
        let mut state = AppState {
            tool,
            ..AppState::default()
        };
        match tool {
            Tool::Employer => state.employer = self.employer.answers().clone(),
            Tool::Candidate => state.candidate = self.candidate.answers().clone(),
            Tool::Calculator => state.calculator = self.calculator.clone(),
        }
        codec::encode(&state)
    }

    /// The start session: a share link's tool comes from the link, the
    /// other tools from storage; anything that does not decode is dropped
    /// with a notice. Returns the tool a share link asked for, so the page
    /// can open it.
    pub fn restore(
        link: Option<&str>,
        stored: Option<&str>,
    ) -> (Session, Option<Tool>, Option<LoadNotice>) {
        if let Some(link) = link.filter(|s| !s.is_empty()) {
            return match codec::decode(link) {
                Ok(state) => {
                    let tool = state.tool;
                    // Unreadable storage is the visitor's old problem: the
                    // link still opens, without a word about it.
                    let mut session = Self::restore(None, stored).0;
                    let linked = Session::from_state(state);
                    match tool {
                        Tool::Employer => session.employer = linked.employer,
                        Tool::Candidate => session.candidate = linked.candidate,
                        Tool::Calculator => session.calculator = linked.calculator,
                    }
                    (session, Some(tool), None)
                }
                Err(e) => (
                    Self::restore(None, stored).0,
                    None,
                    Some(LoadNotice::BadLink(e)),
                ),
            };
        }
        match stored.filter(|s| !s.is_empty()).map(codec::decode) {
            Some(Ok(state)) => (Session::from_state(state), None, None),
            Some(Err(e)) => (Session::default(), None, Some(LoadNotice::BadStorage(e))),
            None => (Session::default(), None, None),
        }
    }

    /// Where the visitor is in each quiz, for storage beside the state:
    /// `"<employer step>.<candidate step>"`. The URL codec carries answers
    /// only; this keeps a reload on the question the visitor was looking at.
    pub fn steps(&self) -> String {
        format!("{}.{}", self.employer.step(), self.candidate.step())
    }

    /// Puts each quiz back on a stored step, except the one a share link
    /// just replaced (`linked`): its stored step belongs to other answers.
    /// Garbage is ignored, and a step beyond an unanswered required
    /// question is refused by the flow itself (the visitor lands on the
    /// first open one instead).
    pub fn with_steps(self, steps: Option<&str>, linked: Option<Tool>) -> Session {
        let Some((e, c)) = steps.and_then(|s| s.split_once('.')) else {
            return self;
        };
        let go = |flow: QuizFlow, step: &str| match step.parse::<usize>() {
            Ok(n) => {
                let moved = flow.apply(FlowAction::GoTo(n));
                if moved.step() == n {
                    moved
                } else {
                    flow
                }
            }
            Err(_) => flow,
        };
        Session {
            employer: match linked {
                Some(Tool::Employer) => self.employer,
                _ => go(self.employer, e),
            },
            candidate: match linked {
                Some(Tool::Candidate) => self.candidate,
                _ => go(self.candidate, c),
            },
            calculator: self.calculator,
        }
    }

    /// The next session.
    pub fn apply(&self, action: SessionAction) -> Session {
        let mut next = self.clone();
        match action {
            SessionAction::Employer(a) => next.employer = self.employer.apply(a),
            SessionAction::Candidate(a) => next.candidate = self.candidate.apply(a),
            SessionAction::Calculator(inputs) => next.calculator = inputs,
            SessionAction::EditCalculator(edit) => {
                next.calculator = std::mem::take(&mut next.calculator).edit(edit)
            }
            SessionAction::PrefillTeam { kam, am } => {
                // Within the fields' limit, like anything typed there.
                let limit = crate::domain::cost::MAX_HEADCOUNT;
                next.calculator.kam_count = Some(kam.min(limit));
                next.calculator.am_count = Some(am.min(limit));
                // The revenue from the quiz, so the team's cost shows as a
                // share of it; none in the quiz keeps a typed one.
                if let Some(revenue) = self
                    .employer
                    .answers()
                    .number(crate::domain::employer::q::ANNUAL_REVENUE)
                {
                    next.calculator.revenue = Some(Cents::from_euros(revenue));
                }
            }
            SessionAction::Reset(Tool::Employer) => {
                next.employer = self.employer.apply(FlowAction::Reset)
            }
            SessionAction::Reset(Tool::Candidate) => {
                next.candidate = self.candidate.apply(FlowAction::Reset)
            }
            SessionAction::Reset(Tool::Calculator) => next.calculator = CalculatorInputs::default(),
            SessionAction::Load(session) => next = *session,
        }
        next
    }
}

/// Splits a hash such as `#/employer?s=1.e....` into the share-state
/// parameter, if any.
pub fn state_param(hash: &str) -> Option<&str> {
    let query = hash.split_once('?')?.1;
    query.split('&').find_map(|pair| pair.strip_prefix("s="))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // reason: tests fail loudly on purpose
    use super::*;
    use crate::domain::employer::q;
    use crate::domain::money::Bp;
    use crate::domain::question::Answer;

    fn answered() -> Session {
        Session::default().apply(SessionAction::Employer(FlowAction::Answer(
            q::LARGEST_CUSTOMER_SHARE,
            Answer::Percent(Bp::new(1_800).unwrap()),
        )))
    }

    #[test]
    fn encode_then_restore_keeps_answers_and_tool() {
        let s = answered().apply(SessionAction::PrefillTeam { kam: 2, am: 5 });
        let link = s.encode(Tool::Calculator);
        let (back, tool, notice) = Session::restore(Some(&link), None);
        assert_eq!(tool, Some(Tool::Calculator));
        assert_eq!(notice, None);
        assert_eq!(back.calculator, s.calculator);
        assert_eq!(back.calculator.kam_count, Some(2));
        assert_eq!(back.calculator.am_count, Some(5));
    }

    /// The quiz's annual revenue goes to the calculator with the team, so
    /// the team's cost shows as a share of it (a visitor review found the
    /// 8 M€ typed in the quiz missing there). Without one in the quiz, a
    /// revenue typed in the calculator stays.
    #[test]
    fn the_team_prefill_brings_the_quiz_revenue() {
        let typed = Session::default().apply(SessionAction::EditCalculator(
            crate::domain::cost::CalculatorEdit::Revenue(Some(Cents::from_euros(900_000))),
        ));
        let s = typed.apply(SessionAction::PrefillTeam { kam: 1, am: 2 });
        assert_eq!(s.calculator.revenue, Some(Cents::from_euros(900_000)));
        let s = s
            .apply(SessionAction::Employer(FlowAction::Answer(
                q::ANNUAL_REVENUE,
                Answer::Number(8_000_000),
            )))
            .apply(SessionAction::PrefillTeam { kam: 1, am: 2 });
        assert_eq!(s.calculator.revenue, Some(Cents::from_euros(8_000_000)));
        assert_eq!(
            (s.calculator.kam_count, s.calculator.am_count),
            (Some(1), Some(2))
        );
    }

    fn everything() -> Session {
        answered()
            .apply(SessionAction::Candidate(FlowAction::Answer(
                crate::domain::candidate::q::YEARS_IN_SALES,
                Answer::Number(7),
            )))
            .apply(SessionAction::PrefillTeam { kam: 2, am: 5 })
    }

    /// A review found that a candidate's share link carried their employer
    /// answers and calculator inputs too, and overwrote the recipient's
    /// saved ones. A link now carries its own tool only.
    #[test]
    fn a_share_link_carries_only_its_tool() {
        let s = everything();
        let (e, _, _) = Session::restore(Some(&s.share(Tool::Employer)), None);
        assert_eq!(e.employer.answers(), s.employer.answers());
        assert!(e.candidate.answers().is_empty());
        assert_eq!(e.calculator, CalculatorInputs::default());
        let (c, tool, _) = Session::restore(Some(&s.share(Tool::Candidate)), None);
        assert_eq!(tool, Some(Tool::Candidate));
        assert_eq!(c.candidate.answers(), s.candidate.answers());
        assert!(c.employer.answers().is_empty());
        assert_eq!(c.calculator, CalculatorInputs::default());
        let (k, _, _) = Session::restore(Some(&s.share(Tool::Calculator)), None);
        assert_eq!(k.calculator, s.calculator);
        assert!(k.employer.answers().is_empty() && k.candidate.answers().is_empty());
    }

    /// Opening a link replaces the linked tool only: the recipient's own
    /// answers in the other tools stay, also for a link written before
    /// links were scoped (which carries every tool).
    #[test]
    fn a_link_keeps_the_recipients_other_tools() {
        let mine = everything();
        let stored = mine.encode(Tool::Employer);
        let theirs = Session::default().apply(SessionAction::Candidate(FlowAction::Answer(
            crate::domain::candidate::q::YEARS_IN_SALES,
            Answer::Number(1),
        )));
        for link in [
            theirs.share(Tool::Candidate),
            theirs.encode(Tool::Candidate),
        ] {
            let (s, tool, notice) = Session::restore(Some(&link), Some(&stored));
            assert_eq!((tool, notice), (Some(Tool::Candidate), None));
            assert_eq!(s.candidate.answers(), theirs.candidate.answers(), "{link}");
            assert_eq!(s.employer.answers(), mine.employer.answers(), "{link}");
            assert_eq!(s.calculator, mine.calculator, "{link}");
        }
        // Unreadable storage does not spoil a good link.
        let (s, _, notice) = Session::restore(Some(&theirs.share(Tool::Candidate)), Some("junk"));
        assert_eq!(notice, None);
        assert_eq!(s.candidate.answers(), theirs.candidate.answers());
    }

    /// A prefilled team beyond the head-count field's limit made the
    /// session's own share link unreadable (a review).
    #[test]
    fn a_prefilled_team_stays_within_the_head_count_limit() {
        let s = Session::default().apply(SessionAction::PrefillTeam { kam: 7, am: 35_000 });
        assert_eq!(s.calculator.am_count, Some(10_000));
        assert_eq!(s.calculator.kam_count, Some(7));
        let (back, _, notice) = Session::restore(Some(&s.share(Tool::Calculator)), None);
        assert_eq!((back.calculator, notice), (s.calculator, None));
    }

    #[test]
    fn a_link_wins_over_storage() {
        let stored = Session::default().encode(Tool::Employer);
        let link = answered().encode(Tool::Employer);
        let (s, _, _) = Session::restore(Some(&link), Some(&stored));
        assert!(s.employer.answers().is_answered(q::LARGEST_CUSTOMER_SHARE));
    }

    #[test]
    fn broken_link_falls_back_to_storage_with_a_notice() {
        let stored = answered().encode(Tool::Employer);
        let (s, tool, notice) = Session::restore(Some("9.zz"), Some(&stored));
        assert!(matches!(notice, Some(LoadNotice::BadLink(_))));
        assert_eq!(tool, None);
        assert!(s.employer.answers().is_answered(q::LARGEST_CUSTOMER_SHARE));
    }

    #[test]
    fn broken_storage_starts_fresh_with_a_notice() {
        for junk in ["{\"old\":1}", "<script>", "1.e", "2.e.a.b.c"] {
            let (s, _, notice) = Session::restore(None, Some(junk));
            assert_eq!(s, Session::default(), "{junk}");
            assert!(matches!(notice, Some(LoadNotice::BadStorage(_))), "{junk}");
        }
        assert_eq!(Session::restore(None, None).2, None);
        assert_eq!(Session::restore(Some(""), Some("")).2, None);
    }

    #[test]
    fn reset_clears_only_its_tool() {
        let s = answered().apply(SessionAction::PrefillTeam { kam: 1, am: 3 });
        let r = s.apply(SessionAction::Reset(Tool::Employer));
        assert!(r.employer.answers().is_empty());
        assert_eq!(r.calculator.kam_count, Some(1));
        let r = s.apply(SessionAction::Reset(Tool::Calculator));
        assert_eq!(r.calculator, CalculatorInputs::default());
        assert!(!r.employer.answers().is_empty());
    }

    #[test]
    fn a_calculator_edit_changes_that_field_only() {
        use crate::domain::cost::{BandPoint, CalculatorEdit as E};

        use crate::domain::salary::Family;
        let s = answered().apply(SessionAction::PrefillTeam { kam: 2, am: 5 });
        let edited = s.apply(SessionAction::EditCalculator(E::KamCount(Some(3))));
        assert_eq!(edited.calculator.kam_count, Some(3));
        assert_eq!(edited.calculator.am_count, Some(5));
        assert_eq!(edited.employer, s.employer);
        let mut expected = s.calculator.clone();
        for (edit, change) in [
            (
                E::Base(Family::Kam, Some(Cents::from_euros(90_000))),
                (|i| i.kam.base = Some(Cents::from_euros(90_000))) as fn(&mut CalculatorInputs),
            ),
            (E::Car(Family::Am, "upper".into()), |i| {
                i.am.car = Some("upper".into())
            }),
            (E::RampUpMonths(Family::Am, Some(4)), |i| {
                i.am.ramp_up_months = Some(4)
            }),
            (
                E::Variable(Family::Kam, Some(Bp::new(2_500).unwrap())),
                |i| i.kam.variable = Some(Bp::new(2_500).unwrap()),
            ),
            (E::BandPoint(BandPoint::Max), |i| {
                i.band_point = BandPoint::Max
            }),
            (E::Saxony(true), |i| i.saxony = true),
            (E::AmCount(None), |i| i.am_count = None),
            (E::Region(Some("east".into())), |i| {
                i.region = Some("east".into())
            }),
        ] {
            let before = expected.clone();
            change(&mut expected);
            assert_eq!(before.edit(edit.clone()), expected, "{edit:?}");
        }
    }

    #[test]
    fn a_role_of_the_other_family_falls_back_to_the_standard_level() {
        use crate::domain::cost::CalculatorEdit as E;
        use crate::domain::salary::{Family, Role};
        let i = CalculatorInputs::default();
        let senior = i.clone().edit(E::Role(Family::Am, Role::SeniorAm));
        assert_eq!(senior.am.role, Role::SeniorAm);
        let wrong = senior.edit(E::Role(Family::Am, Role::KamExperienced));
        assert_eq!(wrong.am.role, Role::Am);
        let wrong = i.edit(E::Role(Family::Kam, Role::JuniorAm));
        assert_eq!(wrong.kam.role, Role::KamNew);
    }

    #[test]
    fn stored_steps_put_the_visitor_back_where_they_were() {
        // Answer the four required questions, then walk to question 8.
        let mut s = Session::default();
        for (id, a) in [
            (q::BUSINESS_MODEL, Answer::Choice(0)),
            (
                q::LARGEST_CUSTOMER_SHARE,
                Answer::Percent(Bp::new(1_800).unwrap()),
            ),
            (q::ANNUAL_REVENUE, Answer::Number(12_000_000)),
            (q::LOSING_TO_COMPETITORS, Answer::YesNo(false)),
        ] {
            s = s.apply(SessionAction::Employer(FlowAction::Answer(id, a)));
        }
        s = s.apply(SessionAction::Employer(FlowAction::GoTo(7)));
        assert_eq!(s.employer.step(), 7);
        let stored = s.encode(Tool::Employer);
        let (back, _, _) = Session::restore(None, Some(&stored));
        // Without the steps the flow would jump to the result.
        assert!(back.employer.is_finished());
        let back = back.with_steps(Some(&s.steps()), None);
        assert_eq!(back.employer.step(), 7);
        assert_eq!(back.candidate.step(), 0);
        // A link to the candidate quiz leaves the employer quiz where the
        // visitor was (a review found it jumped to its result), and the
        // linked quiz opens where the link puts it.
        let link = Session::default()
            .apply(SessionAction::Candidate(FlowAction::Answer(
                crate::domain::candidate::q::YEARS_IN_SALES,
                Answer::Number(3),
            )))
            .share(Tool::Candidate);
        let (opened, tool, _) = Session::restore(Some(&link), Some(&stored));
        let opened = opened.with_steps(Some("7.5"), tool);
        assert_eq!(opened.employer.step(), 7);
        assert_eq!(opened.candidate.step(), 1);
    }

    /// A review stored an 18-month ramp-up before the 12-month limit came
    /// in: the stored state still opens, every tool's answers with it.
    #[test]
    fn a_stored_value_beyond_a_later_limit_keeps_the_session() {
        // The calculator section is last and empty: field 11 is the AM
        // ramp-up.
        let stored = format!("{}~~~~~~~~~~~18", answered().encode(Tool::Employer));
        assert!(stored.contains("..~"), "{stored}");
        let (back, _, notice) = Session::restore(None, Some(&stored));
        assert_eq!(notice, None, "{stored}");
        assert!(back
            .employer
            .answers()
            .is_answered(q::LARGEST_CUSTOMER_SHARE));
        assert_eq!(back.calculator.am.ramp_up_months, Some(12));
    }

    #[test]
    fn bad_or_impossible_steps_are_ignored() {
        let s = Session::default();
        for steps in ["", "x", "7", "a.b", "99.99", "-1.0", "3.2"] {
            let back = s.clone().with_steps(Some(steps), None);
            // Nothing is answered, so no step past the first is allowed.
            assert_eq!(back.employer.step(), 0, "{steps}");
            assert_eq!(back.candidate.step(), 0, "{steps}");
        }
    }

    #[test]
    fn state_param_reads_the_hash_query() {
        assert_eq!(state_param("#/employer?s=1.e.x"), Some("1.e.x"));
        assert_eq!(state_param("#/employer?x=1&s=abc"), Some("abc"));
        assert_eq!(state_param("#/employer"), None);
        assert_eq!(state_param("#/employer?"), None);
    }
}
