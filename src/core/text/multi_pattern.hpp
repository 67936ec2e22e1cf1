// SPDX-License-Identifier: MPL-2.0
// Many strings found in one pass over a text (Aho–Corasick): the 口径库's names, titles, wrong
// forms and phrases are looked for together, so a register of thousands of entries costs about
// what one does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace gongwen::core
{

class MultiPattern
{
public:
    /// Adds a pattern (non-empty) with a number the caller gives it; before build().
    void add(std::u16string_view pattern, std::uint32_t id);
    /// Makes the automaton; add() may not be called after it.
    void build();

    struct Match
    {
        std::size_t start, end; // UTF-16 units, end exclusive
        std::uint32_t id;
    };
    /// Every occurrence of every pattern, overlapping ones too, in order of their ends.
    std::vector<Match> findAll(std::u16string_view text) const;

    bool empty() const { return m_nodes.size() <= 1; }

private:
    struct Edge
    {
        char16_t unit;
        std::uint32_t target;
    };
    struct Node
    {
        std::vector<Edge> edges; // sorted by unit once built
        std::uint32_t fail = 0;
        std::uint32_t outputLink =
            0; // the nearest node by fail links that ends a pattern (0: none)
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ends; // (id, pattern length)
    };
    std::uint32_t child(std::uint32_t node, char16_t unit) const; // 0 when none (and node != root)
    std::uint32_t step(std::uint32_t node, char16_t unit) const;

    std::vector<Node> m_nodes{Node{}};
    // The root's transitions by UTF-16 unit: most of a text's characters start no pattern, and
    // this answers for them in one read instead of a search among thousands of first characters.
    std::vector<std::uint32_t> m_rootNext;
    bool m_built = false;
};

} // namespace gongwen::core
