//! The map from an id's number to its node.
//!
//! Ids are issued densely, so most live in a vector indexed by number: one memory access per
//! lookup, where a search tree would take several cache misses at a million entries. A
//! document may name ids far apart (ids retired by removals, or a hostile `A4294967294`);
//! those go to an ordered map, so memory stays proportional to the number of entities: the
//! vector grows only while it stays within twice the live count plus 4096 slots.

use petgraph::stable_graph::NodeIndex;
use std::collections::BTreeMap;

const VACANT: u32 = u32::MAX;
const SLACK: usize = 4096;

#[derive(Clone, Debug, Default)]
pub(crate) struct IdIndex {
    dense: Vec<u32>,
    sparse: BTreeMap<u32, u32>,
    len: usize,
}

impl IdIndex {
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn get(&self, id: u32) -> Option<NodeIndex> {
        let raw = match self.dense.get(id as usize) {
            Some(&n) if n != VACANT => n,
            _ => *self.sparse.get(&id)?,
        };
        Some(NodeIndex::new(raw as usize))
    }

    pub(crate) fn contains(&self, id: u32) -> bool {
        self.get(id).is_some()
    }

    /// Maps `id` to `node`, replacing any previous node.
    pub(crate) fn insert(&mut self, id: u32, node: NodeIndex) {
        let raw = node.index() as u32;
        let at = id as usize;
        if at < self.dense.len() {
            if self.dense[at] == VACANT && self.sparse.remove(&id).is_none() {
                self.len += 1;
            }
            self.dense[at] = raw;
        } else if at < 2 * (self.len + 1) + SLACK {
            self.dense.resize(at + 1, VACANT);
            if self.sparse.remove(&id).is_none() {
                self.len += 1;
            }
            self.dense[at] = raw;
        } else if self.sparse.insert(id, raw).is_none() {
            self.len += 1;
        }
    }

    pub(crate) fn remove(&mut self, id: u32) -> Option<NodeIndex> {
        let raw = match self.dense.get_mut(id as usize) {
            Some(slot) if *slot != VACANT => std::mem::replace(slot, VACANT),
            _ => self.sparse.remove(&id)?,
        };
        self.len -= 1;
        Some(NodeIndex::new(raw as usize))
    }

    /// Every (id, node), in id order: the dense run and the sparse map merged.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, NodeIndex)> + '_ {
        let mut dense = self
            .dense
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n != VACANT)
            .map(|(i, &n)| (i as u32, n))
            .peekable();
        let mut sparse = self.sparse.iter().map(|(&i, &n)| (i, n)).peekable();
        std::iter::from_fn(move || {
            let next = match (dense.peek(), sparse.peek()) {
                (Some(d), Some(s)) if s.0 < d.0 => sparse.next(),
                (Some(_), _) => dense.next(),
                (None, _) => sparse.next(),
            };
            next.map(|(i, n)| (i, NodeIndex::new(n as usize)))
        })
    }

    /// Points every id at a new node, as `f` says: for compaction.
    pub(crate) fn renumber(&mut self, mut f: impl FnMut(NodeIndex) -> NodeIndex) {
        // Visit in id order so that the new nodes are laid out in id order.
        let ids: Vec<(u32, NodeIndex)> = self.iter().collect();
        for (id, node) in ids {
            let new = f(node).index() as u32;
            match self.dense.get_mut(id as usize) {
                Some(slot) if *slot != VACANT => *slot = new,
                _ => {
                    self.sparse.insert(id, new);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_ids_stay_sparse_and_iteration_merges_in_order() {
        let mut m = IdIndex::default();
        m.insert(4_000_000_000, NodeIndex::new(1));
        m.insert(3, NodeIndex::new(2));
        m.insert(0, NodeIndex::new(3));
        assert!(m.dense.len() <= 2 * 3 + SLACK + 1);
        assert_eq!(m.len(), 3);
        let ids: Vec<u32> = m.iter().map(|(i, _)| i).collect();
        assert_eq!(ids, [0, 3, 4_000_000_000]);
        assert_eq!(m.remove(4_000_000_000), Some(NodeIndex::new(1)));
        assert_eq!(m.remove(4_000_000_000), None);
        assert_eq!(m.len(), 2);
        // Re-inserting an id replaces its node without counting twice.
        m.insert(3, NodeIndex::new(9));
        assert_eq!((m.len(), m.get(3)), (2, Some(NodeIndex::new(9))));
    }

    #[test]
    fn a_sparse_id_later_covered_by_the_dense_run_is_found_once() {
        let mut m = IdIndex::default();
        m.insert(10_000, NodeIndex::new(0));
        assert!(m.dense.len() < 10_000);
        for i in 0..10_001 {
            if i != 10_000 {
                m.insert(i, NodeIndex::new(i as usize + 1));
            }
        }
        assert_eq!(m.len(), 10_001);
        assert_eq!(m.iter().count(), 10_001);
        assert_eq!(m.get(10_000), Some(NodeIndex::new(0)));
        assert!(
            m.iter()
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
                .windows(2)
                .all(|w| w[0] < w[1])
        );
    }
}
