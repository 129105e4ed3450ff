//! What the engine returns: a pick per layer with its companions, alternatives, reasons and the
//! answers that would change it.

use super::model::{LayerSpec, Rule};
use crate::catalog::Technology;

/// Why a pick was made: a rule's or a layer's sentence and what it follows from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The reader's answers (or their defaults) it follows from, in question order.
    pub answers: Vec<(&'static str, &'static str)>,
    /// Earlier layers whose picks it follows from.
    pub layers: Vec<&'static str>,
    pub text: &'static str,
    /// The rule behind it (`None` for a layer's own sentence).
    pub rule: Option<&'static Rule>,
}

/// "If you answered `question` = `value`, the pick would be `pick`."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub question: &'static str,
    pub value: &'static str,
    /// `None`: the layer would not be needed.
    pub pick: Option<&'static Technology>,
}

/// An item added beside the pick because the pick does not cover everything the layer needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Companion {
    pub tech: &'static Technology,
    /// The needed tags it covers that nothing before it did.
    pub covers: Vec<&'static str>,
}

/// One layer of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerResult {
    pub layer: &'static LayerSpec,
    /// `None`: not needed yet (optional layers), or nothing in the catalog fits.
    pub pick: Option<&'static Technology>,
    /// No candidate was left once the rules, the followed layer and the cloud had ruled some out.
    pub nothing_fits: bool,
    pub companions: Vec<Companion>,
    pub alternatives: Vec<&'static Technology>,
    pub reasons: Vec<Reason>,
    /// Answers that would change the pick, most relevant first.
    pub changes: Vec<Change>,
}

impl LayerResult {
    /// The pick and its companions.
    pub fn items(&self) -> impl Iterator<Item = &'static Technology> + '_ {
        self.pick
            .into_iter()
            .chain(self.companions.iter().map(|c| c.tech))
    }
}

/// A whole recommended stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub layers: Vec<LayerResult>,
    /// Picks that fill more than one layer, with the layer keys they fill.
    pub shared: Vec<(&'static Technology, Vec<&'static str>)>,
}

impl Recommendation {
    pub fn layer(&self, key: &str) -> Option<&LayerResult> {
        self.layers.iter().find(|l| l.layer.key == key)
    }

    pub fn pick_id(&self, key: &str) -> Option<&'static str> {
        self.layer(key).and_then(|l| l.pick).map(|t| t.id)
    }
}
