//! Question catalogues and answers shared by both quizzes.
//!
//! Questions are static data (ids, kinds, options); their texts live in the
//! UI's message catalogue under keys derived from the ids, so the domain
//! never carries display strings.

use crate::domain::money::Bp;

/// What kind of input a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// One of a fixed list of options (ids, in display order).
    Choice {
        /// Option ids; the answer is the index into this list.
        options: &'static [&'static str],
    },
    /// Yes or no.
    YesNo,
    /// A whole number within bounds.
    Number {
        /// Smallest accepted value.
        min: i64,
        /// Largest accepted value.
        max: i64,
        /// What the number counts.
        unit: NumberUnit,
    },
    /// A percentage (0–100 %, in basis points).
    Percent,
}

/// The unit of a number question, so the UI can pick the right parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberUnit {
    /// Whole euros.
    Euros,
    /// A count of things (customers).
    Count,
    /// Years.
    Years,
}

/// One question of a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id, used in URLs and text keys.
    pub id: &'static str,
    /// Text-key stem, e.g. `emp.q.largest_customer_share`.
    pub key: &'static str,
    /// The input it takes.
    pub kind: QuestionKind,
    /// Whether the visitor may skip it.
    pub optional: bool,
}

impl Question {
    /// An optional yes/no question (both quizzes have many).
    pub const fn yes_no(id: &'static str, key: &'static str) -> Question {
        Question {
            id,
            key,
            kind: QuestionKind::YesNo,
            optional: true,
        }
    }

    /// Text key of the question's title (`<key>.title`).
    pub fn title_key(&self) -> String {
        format!("{}.title", self.key)
    }

    /// Text key of the question's help text (`<key>.help`).
    pub fn help_key(&self) -> String {
        format!("{}.help", self.key)
    }

    /// Text key of option `index` (`<key>.opt.<option id>`), if it exists.
    pub fn option_key(&self, index: usize) -> Option<String> {
        match self.kind {
            QuestionKind::Choice { options } => {
                options.get(index).map(|o| format!("{}.opt.{o}", self.key))
            }
            _ => None,
        }
    }

    /// Every text key of this question.
    pub fn text_keys(&self) -> Vec<String> {
        let mut keys = vec![self.title_key(), self.help_key()];
        if let QuestionKind::Choice { options } = self.kind {
            keys.extend(options.iter().map(|o| format!("{}.opt.{o}", self.key)));
        }
        keys
    }

    /// Checks that `answer` fits this question.
    pub fn check(&self, answer: Answer) -> Result<(), AnswerError> {
        match (self.kind, answer) {
            (QuestionKind::Choice { options }, Answer::Choice(i)) => {
                if usize::from(i) < options.len() {
                    Ok(())
                } else {
                    Err(AnswerError::OptionOutOfRange)
                }
            }
            (QuestionKind::YesNo, Answer::YesNo(_))
            | (QuestionKind::Percent, Answer::Percent(_)) => Ok(()),
            (QuestionKind::Number { min, max, .. }, Answer::Number(n)) => {
                if (min..=max).contains(&n) {
                    Ok(())
                } else {
                    Err(AnswerError::NumberOutOfRange)
                }
            }
            _ => Err(AnswerError::WrongKind),
        }
    }

    /// The option id of a choice answer, if it is one of this question's.
    pub fn option_id(&self, answer: Answer) -> Option<&'static str> {
        match (self.kind, answer) {
            (QuestionKind::Choice { options }, Answer::Choice(i)) => {
                options.get(usize::from(i)).copied()
            }
            _ => None,
        }
    }

    /// The index of option `id`, if this is a choice question that has it.
    pub fn option_index(&self, id: &str) -> Option<u8> {
        match self.kind {
            QuestionKind::Choice { options } => options
                .iter()
                .position(|o| *o == id)
                .and_then(|i| u8::try_from(i).ok()),
            _ => None,
        }
    }
}

/// An answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Index of the chosen option.
    Choice(u8),
    /// Yes (`true`) or no.
    YesNo(bool),
    /// A whole number (euros, counts, years).
    Number(i64),
    /// A percentage.
    Percent(Bp),
}

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    /// No question with that id in the catalogue.
    UnknownQuestion,
    /// The answer's kind does not match the question's.
    WrongKind,
    /// The option index does not exist.
    OptionOutOfRange,
    /// The number is outside the question's bounds.
    NumberOutOfRange,
}

impl AnswerError {
    /// The text key the UI shows for this error.
    pub const fn text_key(self) -> &'static str {
        match self {
            AnswerError::UnknownQuestion => "error.answer.unknown_question",
            AnswerError::WrongKind => "error.answer.wrong_kind",
            AnswerError::OptionOutOfRange => "error.answer.option_out_of_range",
            AnswerError::NumberOutOfRange => "error.answer.number_out_of_range",
        }
    }

    /// Every text key of this type.
    pub const TEXT_KEYS: [&'static str; 4] = [
        "error.answer.unknown_question",
        "error.answer.wrong_kind",
        "error.answer.option_out_of_range",
        "error.answer.number_out_of_range",
    ];
}

/// The answers given so far, keyed by question id. Only validated answers
/// get in (through [`Answers::set`]), so rules can trust their kinds.
///
/// The pairs are kept sorted by id, one per id, so equal sets compare equal
/// and [`Answers::iter`] goes in id order. A quiz has about a dozen
/// questions, and a sorted `Vec` spares the shipped widget the code of a
/// `BTreeMap` (3.3 KB gzip of wasm).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: Vec<(&'static str, Answer)>,
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Answers::default()
    }

    /// Records `answer` for question `id` of `catalogue`, after checking it.
    pub fn set(
        &mut self,
        catalogue: &'static [Question],
        id: &str,
        answer: Answer,
    ) -> Result<(), AnswerError> {
        let q = find(catalogue, id).ok_or(AnswerError::UnknownQuestion)?;
        q.check(answer)?;
        match self.position(q.id) {
            Ok(i) => {
                if let Some(slot) = self.values.get_mut(i) {
                    slot.1 = answer;
                }
            }
            Err(i) => self.values.insert(i, (q.id, answer)),
        }
        Ok(())
    }

    /// Builder form of [`Answers::set`] that ignores refused answers.
    pub fn with(mut self, catalogue: &'static [Question], id: &str, answer: Answer) -> Self {
        // A refused answer leaves the set unchanged; callers that need the
        // reason use `set`.
        let _ = self.set(catalogue, id, answer);
        self
    }

    /// Forgets the answer to `id`.
    pub fn clear(&mut self, id: &str) {
        if let Ok(i) = self.position(id) {
            self.values.remove(i);
        }
    }

    /// Where `id` is (`Ok`) or would go (`Err`) in the sorted pairs.
    fn position(&self, id: &str) -> Result<usize, usize> {
        self.values.binary_search_by(|(k, _)| (*k).cmp(id))
    }

    /// The answer to `id`, if given.
    pub fn get(&self, id: &str) -> Option<Answer> {
        let i = self.position(id).ok()?;
        self.values.get(i).map(|(_, a)| *a)
    }

    /// The yes/no answer to `id`, if given as such.
    pub fn yes_no(&self, id: &str) -> Option<bool> {
        match self.get(id) {
            Some(Answer::YesNo(b)) => Some(b),
            _ => None,
        }
    }

    /// The number answer to `id`, if given as such.
    pub fn number(&self, id: &str) -> Option<i64> {
        match self.get(id) {
            Some(Answer::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The percent answer to `id`, if given as such.
    pub fn percent(&self, id: &str) -> Option<Bp> {
        match self.get(id) {
            Some(Answer::Percent(p)) => Some(p),
            _ => None,
        }
    }

    /// The chosen option id of `id`, if given.
    pub fn choice(&self, catalogue: &'static [Question], id: &str) -> Option<&'static str> {
        let q = find(catalogue, id)?;
        q.option_id(self.get(id)?)
    }

    /// Whether `id` has an answer.
    pub fn is_answered(&self, id: &str) -> bool {
        self.position(id).is_ok()
    }

    /// Number of answers.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// All answers, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Answer)> + '_ {
        self.values.iter().copied()
    }
}

/// The question with `id` in `catalogue`.
pub fn find(catalogue: &'static [Question], id: &str) -> Option<&'static Question> {
    catalogue.iter().find(|q| q.id == id)
}
