// Paragraph-local work on long documents, spread over the machine's cores.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace gongwen::core
{

/// Below this many items one thread does all the work: starting threads costs more.
inline constexpr std::size_t kParallelThreshold = 8192;

/// Calls work(chunk, begin, end) for consecutive ranges covering [0, count); ranges run on
/// separate threads when count is large. `chunk` numbers the ranges from 0, in order, so
/// results can be kept per chunk and joined in order. Returns the number of chunks.
template <class Work> std::size_t forEachChunk(std::size_t count, Work&& work)
{
    const std::size_t cores = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    const std::size_t chunks = count < kParallelThreshold ? 1 : cores;
    if (chunks == 1)
    {
        work(std::size_t{0}, std::size_t{0}, count);
        return 1;
    }
    std::vector<std::thread> threads;
    const std::size_t size = (count + chunks - 1) / chunks;
    for (std::size_t c = 1; c < chunks; ++c)
        threads.emplace_back(
            [&work, c, size, count]
            { work(c, std::min(count, c * size), std::min(count, (c + 1) * size)); });
    work(std::size_t{0}, std::size_t{0}, std::min(count, size));
    for (std::thread& t : threads)
        t.join();
    return chunks;
}

} // namespace gongwen::core
