//! Quiz step state as plain transitions (house style: `fn apply(&self,
//! action) -> Self`). The UI wraps this in a three-line reducer.

use crate::domain::question::{Answer, Answers, Question};

/// A visitor's action in a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowAction {
    /// Record an answer to a question (any question of the catalogue).
    Answer(&'static str, Answer),
    /// Forget the answer to a question.
    Clear(&'static str),
    /// Go to the next question; only when the current one is answered or
    /// optional.
    Next,
    /// Go to the previous question.
    Back,
    /// Skip the current question, forgetting its answer; only if optional.
    Skip,
    /// Jump to a step; only if every required question before it is answered.
    GoTo(usize),
    /// Start over.
    Reset,
}

/// Where the visitor is in a quiz, and what they answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizFlow {
    catalogue: &'static [Question],
    step: usize,
    answers: Answers,
}

/// "3 of 9".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The current question's number, 1-based (equals `total` when finished).
    pub current: usize,
    /// Number of questions.
    pub total: usize,
}

impl QuizFlow {
    /// A fresh quiz over `catalogue`.
    pub fn new(catalogue: &'static [Question]) -> Self {
        QuizFlow {
            catalogue,
            step: 0,
            answers: Answers::new(),
        }
    }

    /// A quiz resumed with answers (e.g. decoded from the URL), placed at the
    /// first unanswered required question (or the result if there is none).
    pub fn resume(catalogue: &'static [Question], answers: Answers) -> Self {
        let step = catalogue
            .iter()
            .position(|q| !q.optional && !answers.is_answered(q.id))
            .unwrap_or(catalogue.len());
        QuizFlow {
            catalogue,
            step,
            answers,
        }
    }

    /// The state after `action`. Refused actions return the state unchanged.
    pub fn apply(&self, action: FlowAction) -> Self {
        let mut next = self.clone();
        match action {
            FlowAction::Answer(id, a) => {
                // An invalid answer is ignored: the UI only offers valid ones.
                let _ = next.answers.set(self.catalogue, id, a);
            }
            FlowAction::Clear(id) => next.answers.clear(id),
            FlowAction::Next => {
                if self.can_next() {
                    next.step = self.step.saturating_add(1);
                }
            }
            FlowAction::Back => next.step = self.step.saturating_sub(1),
            FlowAction::Skip => {
                if let Some(q) = self.current().filter(|q| q.optional) {
                    next.answers.clear(q.id);
                    next.step = self.step.saturating_add(1);
                }
            }
            FlowAction::GoTo(step) => {
                let target = step.min(self.catalogue.len());
                let blocked = self
                    .catalogue
                    .iter()
                    .take(target)
                    .any(|q| !q.optional && !self.answers.is_answered(q.id));
                if !blocked {
                    next.step = target;
                }
            }
            FlowAction::Reset => next = QuizFlow::new(self.catalogue),
        }
        next
    }

    /// The current question, or `None` when the quiz is finished.
    pub fn current(&self) -> Option<&'static Question> {
        self.catalogue.get(self.step)
    }

    /// The step index (0-based; equals the question count when finished).
    pub fn step(&self) -> usize {
        self.step
    }

    /// The answers so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The questions.
    pub fn catalogue(&self) -> &'static [Question] {
        self.catalogue
    }

    /// Whether the result can be shown.
    pub fn is_finished(&self) -> bool {
        self.step >= self.catalogue.len()
    }

    /// Whether `Next` would move on: the question is answered, or it is
    /// optional (an optional question left empty is passed over, as the
    /// "(optional)" beside it promises).
    pub fn can_next(&self) -> bool {
        self.current()
            .is_some_and(|q| q.optional || self.answers.is_answered(q.id))
    }

    /// Whether `Skip` would move on.
    pub fn can_skip(&self) -> bool {
        self.current().is_some_and(|q| q.optional)
    }

    /// Progress for display.
    pub fn progress(&self) -> Progress {
        let total = self.catalogue.len();
        Progress {
            current: self.step.saturating_add(1).min(total),
            total,
        }
    }
}
