// SPDX-License-Identifier: MPL-2.0
#include "PropertyChanges.hxx"

#include "DocumentEdit.hxx"

#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <cppuhelper/implbase1.hxx>

#include <vector>

using namespace css;

namespace gongwen::ext
{

class PropertyUndoAction : public cppu::WeakImplHelper1<document::XUndoAction>
{
public:
    struct Change
    {
        uno::Reference<beans::XPropertySet> object;
        OUString name;
        uno::Any before, after;
    };
    explicit PropertyUndoAction(const OUString& title) : m_title(title) {}
    OUString SAL_CALL getTitle() override { return m_title; }
    void SAL_CALL undo() override
    {
        for (auto c = m_changes.rbegin(); c != m_changes.rend(); ++c)
            c->object->setPropertyValue(c->name, c->before);
    }
    void SAL_CALL redo() override
    {
        for (const Change& c : m_changes)
            c.object->setPropertyValue(c.name, c.after);
    }
    void record(Change change) { m_changes.push_back(std::move(change)); }

private:
    OUString m_title;
    std::vector<Change> m_changes;
};

PropertyChanges::PropertyChanges(const uno::Reference<uno::XInterface>& document,
                                 const OUString& title)
    : m_action(new PropertyUndoAction(title))
{
    // Recorded before any change: a roll-back part way restores what was changed so far.
    uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->addUndoAction(uno::Reference<document::XUndoAction>(m_action.get()));
}

PropertyChanges::~PropertyChanges() = default;

void PropertyChanges::set(const uno::Reference<beans::XPropertySet>& object, const char* name,
                          const uno::Any& value)
{
    const OUString property = ascii(name);
    const uno::Any before = object->getPropertyValue(property);
    if (before == value)
        return;
    writePoint();
    m_action->record({object, property, before, value});
    object->setPropertyValue(property, value);
}

} // namespace gongwen::ext
