//! One way to sort by an integer key, ties kept in their order. Every sort of the app's hot paths
//! goes through one sort of `(key, position)` pairs, so the wasm carries one sort routine instead
//! of one per call site (each stable sort is a few KB of code).

/// Sorts `items` by `key`, ascending; items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (key(t), i as u32))
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i as usize).and_then(Option::take)),
    );
}

/// Two keys as one: `high` first, then `low`.
pub fn pair(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

/// A key that sorts larger weights first.
pub fn descending(weight: i32) -> u32 {
    (i64::from(i32::MAX) - i64::from(weight)) as u32
}

/// Each text's place when the texts are sorted (after a leading count, then the text, then its
/// position): the one sort of strings, after which the keys are integers.
pub fn places(keys: Vec<(usize, String)>) -> Vec<u32> {
    let mut order: Vec<(usize, String, usize)> = keys
        .into_iter()
        .enumerate()
        .map(|(i, (count, text))| (count, text, i))
        .collect();
    order.sort_unstable();
    let mut places = vec![0u32; order.len()];
    for (place, (_, _, i)) in order.into_iter().enumerate() {
        places[i] = place as u32;
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_sorts_as_the_standard_stable_sort_does() {
        // A deterministic spread of keys with many ties.
        let items: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919 % 37) as u32, i)).collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |&(k, _)| u64::from(k));
        let mut std = items;
        std.sort_by_key(|&(k, _)| k);
        assert_eq!(ours, std);
    }

    #[test]
    fn pairs_and_weights_order_as_their_parts() {
        assert!(pair(1, 0) > pair(0, u32::MAX));
        assert!(pair(2, 3) < pair(2, 4));
        assert!(descending(10) < descending(3));
        assert!(descending(-5) > descending(0));
        assert!(descending(i32::MAX) < descending(i32::MIN));
    }

    #[test]
    fn places_rank_by_count_then_text_then_position() {
        let keys = vec![
            (2, "b".to_string()),
            (1, "z".to_string()),
            (2, "a".to_string()),
            (2, "a".to_string()),
        ];
        assert_eq!(places(keys), [3, 0, 1, 2]);
        assert!(places(Vec::new()).is_empty());
    }
}
