//! The chooser's data shapes (generated from `data/chooser.json`) and the reader's answers.

use crate::catalog::{Hosting, Technology};

/// One question of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub key: &'static str,
    pub label: &'static str,
    /// One line: why we ask.
    pub why: &'static str,
    /// What "not sure" assumes, in a sentence.
    pub not_sure: &'static str,
    /// The value "not sure" applies.
    pub not_sure_value: &'static str,
    /// Applied when the question is left unanswered; `None` means an answer is needed.
    pub default: Option<&'static str>,
    pub values: &'static [Choice],
}

impl Question {
    pub fn value(&self, key: &str) -> Option<&'static Choice> {
        self.values.iter().find(|c| c.key == key)
    }

    /// The value a key names today, also under a key it had before.
    pub fn value_or_former(&self, key: &str) -> Option<&'static Choice> {
        self.value(key)
            .or_else(|| self.values.iter().find(|c| c.formerly.contains(&key)))
    }

    pub fn label_of(&self, key: &str) -> &'static str {
        self.value(key).map_or("", |c| c.label)
    }
}

/// One possible answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
    /// The answer inside a sentence: "your team knows Python".
    pub says: &'static str,
    /// Keys it had before, still read from old links.
    pub formerly: &'static [&'static str],
}

/// Which question names the cloud, and each answer's catalog tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cloud {
    pub question: &'static str,
    pub tags: &'static [(&'static str, &'static str)],
}

/// Candidates must carry a tag the other layer's pick maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Follows {
    pub layer: &'static str,
    pub tags: &'static [(&'static str, &'static [&'static str])],
}

impl Follows {
    /// The tags a candidate may carry when the followed layer picked `id`.
    pub fn tags_for(&self, id: &str) -> &'static [&'static str] {
        self.tags
            .iter()
            .find(|(k, _)| *k == id)
            .map_or(&[], |(_, t)| *t)
    }

    /// Whether `candidate` goes with the followed layer's pick (nothing goes with no pick).
    pub fn admits(&self, led: Option<&Technology>, candidate: &Technology) -> bool {
        let allowed = led.map_or(&[][..], |p| self.tags_for(p.id));
        candidate.tags.iter().any(|t| allowed.contains(t))
    }
}

/// A pick of the other layer that carries `tag` fills this layer too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shares {
    pub layer: &'static str,
    pub tag: &'static str,
    pub because: &'static str,
}

/// Where a layer stands in the stack diagram: the path a request takes from the edge through the
/// API and the application to the data, with the rest alongside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Edge,
    Entry,
    Application,
    Data,
    Alongside,
}

impl Tier {
    pub const ALL: [Tier; 5] = [
        Tier::Edge,
        Tier::Entry,
        Tier::Application,
        Tier::Data,
        Tier::Alongside,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Tier::Edge => "edge",
            Tier::Entry => "entry",
            Tier::Application => "application",
            Tier::Data => "data",
            Tier::Alongside => "alongside",
        }
    }

    /// The tier's name in the diagram.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Edge => "Edge",
            Tier::Entry => "API",
            Tier::Application => "Application",
            Tier::Data => "Data",
            Tier::Alongside => "Alongside",
        }
    }
}

/// One layer of the recommended stack and the catalog items that may fill it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerSpec {
    pub key: &'static str,
    pub label: &'static str,
    /// Where it stands in the stack diagram.
    pub tier: Tier,
    pub categories: &'static [&'static str],
    /// In tie-break order: earlier wins a tie.
    pub candidates: &'static [&'static str],
    /// The pick may be "not needed yet".
    pub optional: bool,
    /// Candidates tagged for another cloud than the one in force are left out.
    pub match_cloud: bool,
    /// Filled before the other cloud-matching layers: when no cloud is named, the first pick that
    /// belongs to one fixes it, and this layer's pick comes first.
    pub decides_cloud: bool,
    pub follows: Option<Follows>,
    pub shares: Option<Shares>,
    /// Tags the pick and its companions must cover between them.
    pub covers: &'static [&'static str],
    /// Said when no candidate fits.
    pub none_because: Option<&'static str>,
}

/// What a rule does when it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Adds weight to candidates (`none` on optional layers).
    Boost(&'static [(&'static str, i32)]),
    /// Adds weight to candidates native to the cloud in force.
    BoostCloud(i32),
    /// Removes candidates whose hosting list is non-empty and lacks this model.
    RequireHosting(Hosting),
    /// Removes these candidates.
    Eliminate(&'static [&'static str]),
    /// Removes candidates carrying any of these tags.
    EliminateTagged(&'static [&'static str]),
    /// Removes candidates carrying none of these tags.
    RequireTagged(&'static [&'static str]),
    /// The layer's pick and companions must cover these tags.
    Cover(&'static [&'static str]),
}

/// What a rule's fact rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grounds {
    /// A seed article's id.
    Seed(&'static str),
    /// A catalog card whose references back the fact.
    Card(&'static str),
}

/// One piece of advice, grounded in a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    /// Every question listed must have one of its values.
    pub when: &'static [(&'static str, &'static [&'static str])],
    /// Every layer listed must have picked something carrying the tag (`!tag`: lacking it).
    pub when_picked: &'static [(&'static str, &'static str)],
    /// A layer key, or `*` for every layer.
    pub layer: &'static str,
    pub effect: Effect,
    /// The sentence a reader sees.
    pub because: &'static str,
    pub grounds: Grounds,
    pub fact: &'static str,
}

impl Rule {
    pub fn applies_to(&self, layer: &str) -> bool {
        self.layer == "*" || self.layer == layer
    }
}

/// Whether every (layer, tag) entry matches: that layer's pick carries the tag, or for `!tag`,
/// that layer has a pick without it.
pub fn picked_matches<'a>(
    when_picked: &[(&'static str, &'static str)],
    pick_of: impl Fn(&str) -> Option<&'a Technology>,
) -> bool {
    when_picked.iter().all(|(layer, tag)| {
        pick_of(layer).is_some_and(|t| match tag.strip_prefix('!') {
            Some(absent) => !t.tags.contains(&absent),
            None => t.tags.contains(tag),
        })
    })
}

/// What every coherent stack satisfies. The engine never reads these; the native tests check every
/// combination of answers against them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invariant {
    pub id: &'static str,
    pub says: &'static str,
    pub when: &'static [(&'static str, &'static [&'static str])],
    pub when_picked: &'static [(&'static str, &'static str)],
    /// Layer keys, or `*`.
    pub layers: &'static [&'static str],
    pub check: Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    PickHas(&'static [&'static str]),
    PickLacks(&'static [&'static str]),
    Covers(&'static [&'static str]),
    HostedAs(Hosting),
    NativeCloud,
    OneCloud,
    Follows,
    Current,
    AllHave(&'static [&'static str]),
}

/// Everything the engine knows.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub questions: &'static [Question],
    pub cloud: Cloud,
    pub layers: &'static [LayerSpec],
    /// Indexes into `layers`, in the order the engine fills them (worked out at build time).
    pub order: &'static [usize],
    pub rules: &'static [Rule],
    pub invariants: &'static [Invariant],
}

impl Rules {
    /// How many questions need an answer before a result shows (the others have a default).
    pub fn required_count(&self) -> usize {
        self.questions
            .iter()
            .filter(|q| q.default.is_none())
            .count()
    }

    pub fn question(&self, key: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    pub fn layer(&self, key: &str) -> Option<&'static LayerSpec> {
        self.layers.iter().find(|l| l.key == key)
    }

    /// The catalog tag of a cloud answer.
    pub fn cloud_tag(&self, answer: &str) -> Option<&'static str> {
        self.cloud
            .tags
            .iter()
            .find(|(c, _)| *c == answer)
            .map(|(_, t)| *t)
    }

    /// The cloud tag an item carries, if it belongs to one cloud.
    pub fn cloud_of(&self, tech: &Technology) -> Option<&'static str> {
        self.cloud
            .tags
            .iter()
            .map(|(_, tag)| *tag)
            .find(|tag| tech.tags.contains(tag))
    }
}
