//! The `<stack-guide>` element's attributes: the list the wasm reads is the list `embed.js`
//! watches, so that changing any of them rebuilds the guide.

use stackguide::embed::Attributes;

#[test]
fn embed_js_watches_every_attribute_the_guide_reads() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/embed.js"))
        .expect("scripts/embed.js");
    let start = script
        .find("static get observedAttributes()")
        .expect("embed.js declares observedAttributes");
    let list = &script[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    let watched: Vec<&str> = list
        .split(',')
        .map(|name| name.trim().trim_matches('\''))
        .collect();
    assert_eq!(watched, Attributes::NAMES);
}

#[test]
fn attributes_come_in_the_order_of_their_names() {
    let values = Attributes::NAMES.map(Some);
    let a = Attributes::from_values(values);
    assert_eq!(
        [
            a.state,
            a.theme,
            a.view,
            a.tech,
            a.compact,
            a.height,
            a.guides_base,
            a.link_target
        ],
        Attributes::NAMES.map(Some)
    );
}
