//! Components: they wire signals to views and hold no business logic. Everything they show comes
//! from [`crate::catalog`], [`crate::chooser`] and [`crate::guides`]; shared state lives in
//! [`state::Page`].

mod app;
mod browser;
mod category_header;
mod category_link;
mod chooser_view;
mod compare;
mod detail;
mod dom;
mod embedded;
mod explorer;
pub mod fallback;
mod guides_view;
mod highlight;
#[cfg(feature = "hydration-probe")]
pub mod hydration_probe;
mod modal;
mod mount;
mod page_header;
mod reveal;
mod schedule;
pub mod state;
mod tech_card;
mod theme;

pub use app::App;
pub use mount::{mount, mount_embed, Embedded};
pub use reveal::ROOT_ID;
