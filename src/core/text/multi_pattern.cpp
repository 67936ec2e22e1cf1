// SPDX-License-Identifier: MPL-2.0
#include <core/text/multi_pattern.hpp>

#include <algorithm>
#include <deque>
#include <stdexcept>

namespace gongwen::core
{

std::uint32_t MultiPattern::child(std::uint32_t node, char16_t unit) const
{
    const auto& edges = m_nodes[node].edges;
    if (m_built)
    {
        auto it = std::lower_bound(edges.begin(), edges.end(), unit,
                                   [](const Edge& e, char16_t u) { return e.unit < u; });
        return it != edges.end() && it->unit == unit ? it->target : 0;
    }
    for (const Edge& e : edges)
        if (e.unit == unit)
            return e.target;
    return 0;
}

void MultiPattern::add(std::u16string_view pattern, std::uint32_t id)
{
    if (m_built)
        throw std::logic_error("MultiPattern::add after build");
    if (pattern.empty())
        return;
    std::uint32_t node = 0;
    for (char16_t unit : pattern)
    {
        std::uint32_t next = child(node, unit);
        if (next == 0)
        {
            next = static_cast<std::uint32_t>(m_nodes.size());
            m_nodes[node].edges.push_back(Edge{unit, next});
            m_nodes.emplace_back();
        }
        node = next;
    }
    m_nodes[node].ends.emplace_back(id, static_cast<std::uint32_t>(pattern.size()));
}

void MultiPattern::build()
{
    for (Node& n : m_nodes)
        std::sort(n.edges.begin(), n.edges.end(),
                  [](const Edge& a, const Edge& b) { return a.unit < b.unit; });
    m_built = true;
    m_rootNext.assign(0x10000, 0);
    for (const Edge& e : m_nodes[0].edges)
        m_rootNext[e.unit] = e.target;
    // Breadth first: a node's fail link is the longest proper suffix of its string that is a
    // prefix of some pattern.
    std::deque<std::uint32_t> queue;
    for (const Edge& e : m_nodes[0].edges)
    {
        m_nodes[e.target].fail = 0;
        queue.push_back(e.target);
    }
    while (!queue.empty())
    {
        const std::uint32_t node = queue.front();
        queue.pop_front();
        for (const Edge& e : m_nodes[node].edges)
        {
            std::uint32_t f = m_nodes[node].fail;
            while (f != 0 && child(f, e.unit) == 0)
                f = m_nodes[f].fail;
            const std::uint32_t target = child(f, e.unit);
            m_nodes[e.target].fail = target != e.target ? target : 0;
            const std::uint32_t fail = m_nodes[e.target].fail;
            m_nodes[e.target].outputLink =
                !m_nodes[fail].ends.empty() ? fail : m_nodes[fail].outputLink;
            queue.push_back(e.target);
        }
    }
}

std::uint32_t MultiPattern::step(std::uint32_t node, char16_t unit) const
{
    while (node != 0)
    {
        if (const std::uint32_t next = child(node, unit))
            return next;
        node = m_nodes[node].fail;
    }
    return m_rootNext[unit];
}

std::vector<MultiPattern::Match> MultiPattern::findAll(std::u16string_view text) const
{
    std::vector<Match> out;
    if (!m_built)
        return out;
    std::uint32_t node = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        node = step(node, text[i]);
        for (std::uint32_t n = node; n != 0; n = m_nodes[n].outputLink)
        {
            for (const auto& [id, length] : m_nodes[n].ends)
                out.push_back(Match{i + 1 - length, i + 1, id});
            if (m_nodes[n].outputLink == n)
                break;
        }
    }
    return out;
}

} // namespace gongwen::core
