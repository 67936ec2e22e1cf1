// SPDX-License-Identifier: MPL-2.0
// Paragraph-local work on long documents, spread over the machine's cores.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace gongwen::core
{

/// Below this many items one thread does all the work: starting threads costs more.
inline constexpr std::size_t kParallelThreshold = 8192;

/// Calls work(chunk, begin, end) for consecutive ranges covering [0, count); ranges run on
/// separate threads when count is large. `chunk` numbers the ranges from 0, in order, so
/// results can be kept per chunk and joined in order. Returns the number of chunks.
/// An exception thrown by `work` on any thread is rethrown here, after every thread has ended
/// (on a worker thread it would end the whole process, the office with it); a thread that cannot
/// be started leaves its range to this one.
template <class Work> std::size_t forEachChunk(std::size_t count, Work&& work)
{
    const std::size_t cores = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    const std::size_t chunks = count < kParallelThreshold ? 1 : cores;
    if (chunks == 1)
    {
        work(std::size_t{0}, std::size_t{0}, count);
        return 1;
    }
    const std::size_t size = (count + chunks - 1) / chunks;
    std::vector<std::exception_ptr> failures(chunks);
    auto run = [&work, &failures, size, count](std::size_t c) noexcept
    {
        try
        {
            work(c, std::min(count, c * size), std::min(count, (c + 1) * size));
        }
        catch (...)
        {
            failures[c] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    std::vector<std::size_t> here{0}; // the chunks this thread runs
    for (std::size_t c = 1; c < chunks; ++c)
    {
        try
        {
            threads.emplace_back(run, c);
        }
        catch (const std::system_error&)
        {
            here.push_back(c);
        }
    }
    for (std::size_t c : here)
        run(c);
    for (std::thread& t : threads)
        t.join();
    for (const std::exception_ptr& failure : failures)
        if (failure)
            std::rethrow_exception(failure);
    return chunks;
}

} // namespace gongwen::core
