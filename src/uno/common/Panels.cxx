// SPDX-License-Identifier: MPL-2.0
#include "Panels.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace css;

namespace gongwen::ext
{
namespace
{

std::vector<Panel>& registry()
{
    static std::vector<Panel> panels;
    return panels;
}

class MainThreadCall : public cppu::WeakImplHelper1<awt::XCallback>
{
public:
    explicit MainThreadCall(std::function<void()> call) : m_call(std::move(call)) {}
    void SAL_CALL notify(const uno::Any&) override { m_call(); }

private:
    std::function<void()> m_call;
};

} // namespace

PanelRegistration::PanelRegistration(const Panel* panels, std::size_t count)
{
    registry().insert(registry().end(), panels, panels + count);
}

const Panel* findPanel(std::u16string_view name)
{
    for (const Panel& p : registry())
        if (p.name == name)
            return &p;
    return nullptr;
}

struct AfterQuiet::Shared
{
    std::atomic<bool> alive{true};
    std::atomic<std::size_t> pokes{0}; // a wait acts only if it belongs to the last poke
    std::recursive_mutex mutex; // the action and stop() on the main thread (the action may stop)
    std::function<void()> action;
};

AfterQuiet::AfterQuiet(const uno::Reference<uno::XComponentContext>& context,
                       std::chrono::milliseconds quiet, std::function<void()> action)
    : m_context(context), m_quiet(quiet), m_shared(std::make_shared<Shared>())
{
    m_shared->action = std::move(action);
}

AfterQuiet::~AfterQuiet()
{
    stop();
}

void AfterQuiet::stop()
{
    m_shared->alive = false;
    std::lock_guard<std::recursive_mutex> lock(m_shared->mutex);
    m_shared->action = nullptr;
}

void AfterQuiet::poke()
{
    const std::size_t poke = ++m_shared->pokes;
    const std::shared_ptr<Shared> shared = m_shared;
    const uno::Reference<uno::XComponentContext> context = m_context;
    const std::chrono::milliseconds quiet = m_quiet;
    std::thread(
        [poke, shared, context, quiet]
        {
            std::this_thread::sleep_for(quiet);
            if (!shared->alive || shared->pokes != poke)
                return; // gone, or poked again since: that poke's wait counts
            try
            {
                awt::AsyncCallback::create(context)->addCallback(
                    new MainThreadCall(
                        [poke, shared]
                        {
                            std::lock_guard<std::recursive_mutex> lock(shared->mutex);
                            if (shared->alive && shared->pokes == poke && shared->action)
                                shared->action();
                        }),
                    uno::Any());
            }
            catch (...)
            {
            }
        })
        .detach();
}

} // namespace gongwen::ext
