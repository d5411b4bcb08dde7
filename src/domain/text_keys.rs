//! The list of every text key the domain can hand to the UI, so a UI test
//! can prove each one is translated in both languages.

use crate::domain::candidate::{
    Blocker, CandPoint, CandidateOutcome, CANDIDATE_QUESTIONS, CAREER_STEP_KEYS,
};
use crate::domain::codec::CodecError;
use crate::domain::data::{Branch, DataError};
use crate::domain::employer::{
    Direction, Level, LevelReason, RuleId, Strength, EMPLOYER_QUESTIONS, URGENT_LOSING_SUMMARY,
    URGENT_SIGNALS_SUMMARY,
};
use crate::domain::parse::ParseError;
use crate::domain::question::AnswerError;
use crate::domain::salary::{Family, Role};
use crate::domain::source::{SourceTag, Sourced};

/// Every text key the domain can emit, sorted and without duplicates:
/// question titles, help texts and options of both quizzes, rule
/// explanations, strengths, directions, levels and their summaries,
/// candidate outcomes, factors, gaps, blockers and career steps, roles,
/// families, contribution branches, source tags and every error reason.
pub fn all_text_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for q in EMPLOYER_QUESTIONS.iter().chain(CANDIDATE_QUESTIONS) {
        keys.extend(q.text_keys());
    }
    for r in RuleId::ALL {
        keys.push(r.text_key());
    }
    for s in [Strength::Strong, Strength::Supporting, Strength::Counter] {
        keys.push(s.text_key().into());
    }
    for d in [Direction::ProKam, Direction::ContraKam] {
        keys.push(d.text_key().into());
    }
    for l in Level::ALL {
        keys.push(l.text_key());
        keys.push(l.summary_key());
    }
    keys.push(URGENT_LOSING_SUMMARY.into());
    keys.push(URGENT_SIGNALS_SUMMARY.into());
    keys.push(crate::domain::employer::TOP_BELOW_LARGEST.into());
    keys.extend(LevelReason::TEXT_KEYS.iter().map(|k| k.to_string()));
    for o in CandidateOutcome::ALL {
        keys.push(o.text_key());
    }
    for p in CandPoint::ALL {
        keys.push(p.factor_key());
        keys.push(p.gap_key());
    }
    let dummy = Sourced {
        value: 0,
        source: SourceTag::Assumption,
        valid_from: crate::domain::source::Date {
            year: 2026,
            month: 1,
            day: 1,
        },
    };
    for b in [
        Blocker::Years { needed: dummy },
        Blocker::Points { needed: dummy },
    ] {
        keys.push(b.text_key().into());
    }
    keys.extend(CAREER_STEP_KEYS.iter().map(|k| k.to_string()));
    keys.extend(Role::ALL.iter().map(|r| r.text_key().to_string()));
    keys.extend(Family::ALL.iter().map(|f| f.text_key().to_string()));
    keys.extend(Branch::ALL.iter().map(|b| b.text_key().to_string()));
    keys.extend(SourceTag::ALL.iter().map(|t| t.text_key().to_string()));
    keys.extend(ParseError::TEXT_KEYS.iter().map(|k| k.to_string()));
    keys.extend(CodecError::TEXT_KEYS.iter().map(|k| k.to_string()));
    keys.extend(DataError::TEXT_KEYS.iter().map(|k| k.to_string()));
    keys.extend(AnswerError::TEXT_KEYS.iter().map(|k| k.to_string()));
    keys.sort();
    keys.dedup();
    keys
}
