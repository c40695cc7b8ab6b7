//! Cycles in a directed graph given as dense `u32` nodes: an iterative Tarjan over compressed
//! adjacency, so a million-long chain costs no stack.

/// Compressed adjacency: the successors of node `v` are `targets[offsets[v]..offsets[v + 1]]`.
pub(crate) struct Csr {
    offsets: Vec<usize>,
    targets: Vec<u32>,
}

impl Csr {
    /// Builds the adjacency of `nodes` nodes from `edges`; edges naming a node out of range are
    /// dropped. A counting sort: linear in nodes and edges.
    pub(crate) fn new(nodes: usize, edges: &[(u32, u32)]) -> Self {
        let in_range = |&&(a, b): &&(u32, u32)| (a as usize) < nodes && (b as usize) < nodes;
        let mut offsets = vec![0usize; nodes + 1];
        for &(a, _) in edges.iter().filter(in_range) {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0u32; offsets[nodes]];
        for &(a, b) in edges.iter().filter(in_range) {
            targets[fill[a as usize]] = b;
            fill[a as usize] += 1;
        }
        Csr { offsets, targets }
    }

    fn nodes(&self) -> usize {
        self.offsets.len() - 1
    }

    fn successors(&self, v: u32) -> &[u32] {
        &self.targets[self.offsets[v as usize]..self.offsets[v as usize + 1]]
    }
}

const UNSEEN: u32 = u32::MAX;

/// The strongly connected components that hold a cycle (more than one node, or a node with an
/// edge to itself), each sorted ascending, the components ordered by their smallest node.
pub(crate) fn cycles(graph: &Csr) -> Vec<Vec<u32>> {
    let n = graph.nodes();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    // The explicit call stack: a node and how many of its successors it has visited.
    let mut calls: Vec<(u32, usize)> = Vec::new();
    let mut next = 0u32;
    let mut found = Vec::new();
    for root in 0..n as u32 {
        if index[root as usize] != UNSEEN {
            continue;
        }
        visit(
            root,
            &mut next,
            &mut index,
            &mut low,
            &mut on_stack,
            &mut stack,
        );
        calls.push((root, 0));
        while let Some(&mut (v, ref mut pos)) = calls.last_mut() {
            let succ = graph.successors(v);
            if let Some(&w) = succ.get(*pos) {
                *pos += 1;
                if index[w as usize] == UNSEEN {
                    visit(
                        w,
                        &mut next,
                        &mut index,
                        &mut low,
                        &mut on_stack,
                        &mut stack,
                    );
                    calls.push((w, 0));
                } else if on_stack[w as usize] {
                    low[v as usize] = low[v as usize].min(index[w as usize]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent as usize] = low[parent as usize].min(low[v as usize]);
            }
            if low[v as usize] == index[v as usize] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w as usize] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 || succ.contains(&v) {
                    component.sort_unstable();
                    found.push(component);
                }
            }
        }
    }
    found.sort_unstable_by_key(|c| c[0]);
    found
}

fn visit(
    v: u32,
    next: &mut u32,
    index: &mut [u32],
    low: &mut [u32],
    on_stack: &mut [bool],
    stack: &mut Vec<u32>,
) {
    index[v as usize] = *next;
    low[v as usize] = *next;
    *next += 1;
    on_stack[v as usize] = true;
    stack.push(v);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cycles_and_ignores_dags() {
        let g = Csr::new(6, &[(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (5, 5)]);
        assert_eq!(cycles(&g), vec![vec![0, 1, 2], vec![5]]);
        let dag = Csr::new(4, &[(0, 1), (1, 2), (0, 2), (2, 3)]);
        assert!(cycles(&dag).is_empty());
    }

    #[test]
    fn a_million_long_cycle_needs_no_recursion() {
        let n = 1_000_000u32;
        let edges: Vec<(u32, u32)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        let found = cycles(&Csr::new(n as usize, &edges));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].len(), n as usize);
    }

    #[test]
    fn out_of_range_edges_are_dropped() {
        let g = Csr::new(2, &[(0, 1), (1, 7), (9, 0)]);
        assert!(cycles(&g).is_empty());
    }
}
