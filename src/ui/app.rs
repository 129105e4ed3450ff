use super::CategorySection;
use crate::catalog::Catalog;
use leptos::prelude::*;

/// The guide page: every category with its introduction and its cards.
#[component]
pub fn App() -> impl IntoView {
    let catalog = Catalog::builtin();
    view! {
        <div class="sg-app">
            <header class="sg-header">
                <h1 class="sg-header__title">"Backend technologies"</h1>
                <p class="sg-header__lede">
                    {format!(
                        "{} technologies across {} areas of backend work: what each is, what it is good at, and when to pick something else.",
                        catalog.technologies.len(),
                        catalog.categories.len(),
                    )}
                </p>
            </header>
            <main class="sg-main">
                {catalog
                    .categories
                    .iter()
                    .map(|category| view! { <CategorySection catalog category /> })
                    .collect_view()}
            </main>
        </div>
    }
}
