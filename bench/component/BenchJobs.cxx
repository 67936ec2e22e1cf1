// SPDX-License-Identifier: MPL-2.0
// Baselines for bench/, run inside the office like our components (same language, same
// process): what a careful C++ macro would do without 公文助手. Never shipped.
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <cppuhelper/factory.hxx>

#include <algorithm>
#include <chrono>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cstring>
#include <org/gongwen/XStructureChecker.hpp>
#include <vector>

using namespace css;
using ::rtl::OUString;

namespace
{

template <class T> T argument(const uno::Sequence<beans::NamedValue>& arguments, const char* name)
{
    for (const beans::NamedValue& a : arguments)
        if (a.Name.equalsAscii(name))
            return a.Value.get<T>();
    throw lang::IllegalArgumentException(OUString::createFromAscii(name) + " is missing", {}, 0);
}

class Job : public cppu::WeakImplHelper2<task::XJob, lang::XServiceInfo>
{
public:
    explicit Job(const char* name) : m_name(OUString::createFromAscii(name)) {}
    OUString SAL_CALL getImplementationName() override { return m_name; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return uno::Sequence<OUString>(&m_name, 1);
    }

private:
    OUString m_name;
};

// The bare reading checkDocument cannot avoid: every body element, each paragraph's text.
class EnumerateBody : public Job
{
public:
    EnumerateBody() : Job("org.gongwen.bench.EnumerateBody") {}
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        auto document = argument<uno::Reference<text::XTextDocument>>(arguments, "Document");
        uno::Reference<container::XEnumerationAccess> body(document->getText(),
                                                           uno::UNO_QUERY_THROW);
        auto elements = body->createEnumeration();
        sal_Int32 count = 0;
        sal_Int64 characters = 0;
        while (elements->hasMoreElements())
        {
            uno::Reference<text::XTextRange> paragraph(elements->nextElement(), uno::UNO_QUERY);
            if (paragraph.is())
                characters += paragraph->getString().getLength();
            ++count;
        }
        return uno::Any(count);
    }
};

// checkDocument called from C++ inside the office, as a macro or our own dialog calls it: the
// findings stay in the office (only their number crosses the bridge), as the baseline's text does.
class CheckDocument : public Job
{
public:
    explicit CheckDocument(const uno::Reference<uno::XComponentContext>& context)
        : Job("org.gongwen.bench.CheckDocument"), m_context(context)
    {
    }
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        auto document = argument<uno::Reference<text::XTextDocument>>(arguments, "Document");
        uno::Reference<org::gongwen::XStructureChecker> checker(
            m_context->getServiceManager()->createInstanceWithContext(
                "org.gongwen.StructureChecker", m_context),
            uno::UNO_QUERY_THROW);
        return uno::Any(checker->checkDocument(document).getLength());
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
};

// What a macro laying a report out by hand would do: every paragraph gets the body's font,
// size, first-line indent and fixed line pitch set directly, one property at a time.
class NaiveLayout : public Job
{
public:
    NaiveLayout() : Job("org.gongwen.bench.NaiveLayout") {}
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        auto document = argument<uno::Reference<text::XTextDocument>>(arguments, "Document");
        document->lockControllers();
        auto elements =
            uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
                ->createEnumeration();
        const OUString fangsong("仿宋_GB2312", strlen("仿宋_GB2312"), RTL_TEXTENCODING_UTF8);
        sal_Int32 count = 0;
        while (elements->hasMoreElements())
        {
            uno::Reference<beans::XPropertySet> paragraph(elements->nextElement(), uno::UNO_QUERY);
            if (!paragraph.is() ||
                !paragraph->getPropertySetInfo()->hasPropertyByName("CharFontNameAsian"))
                continue;
            paragraph->setPropertyValue("CharFontName", uno::Any(fangsong));
            paragraph->setPropertyValue("CharFontNameAsian", uno::Any(fangsong));
            paragraph->setPropertyValue("CharHeight", uno::Any(16.0f));
            paragraph->setPropertyValue("CharHeightAsian", uno::Any(16.0f));
            paragraph->setPropertyValue("ParaFirstLineIndent", uno::Any(sal_Int32(1129)));
            paragraph->setPropertyValue(
                "ParaLineSpacing", uno::Any(style::LineSpacing(style::LineSpacingMode::FIX, 1021)));
            ++count;
        }
        document->unlockControllers();
        return uno::Any(count);
    }
};

// The same refresh as StatisticsLink::refresh, one API call per value: open the workbook
// (hidden, read-only, no macros), then for every figure look its cell and its field master up
// by name and set the master when the value changed; for every table write each body cell.
class NaiveRefresh : public Job
{
public:
    explicit NaiveRefresh(const uno::Reference<uno::XComponentContext>& context)
        : Job("org.gongwen.bench.NaiveRefresh"), m_context(context)
    {
    }
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        auto document = argument<uno::Reference<text::XTextDocument>>(arguments, "Document");
        const OUString url = argument<OUString>(arguments, "WorkbookUrl");
        const sal_Int32 figures = argument<sal_Int32>(arguments, "Figures");
        const sal_Int32 tables = argument<sal_Int32>(arguments, "Tables");
        const sal_Int32 rows = argument<sal_Int32>(arguments, "Rows"); // header included
        const sal_Int32 columns = argument<sal_Int32>(arguments, "Columns");
        const beans::PropertyValue load[] = {
            beans::PropertyValue("Hidden", 0, uno::Any(true), {}),
            beans::PropertyValue("ReadOnly", 0, uno::Any(true), {}),
            beans::PropertyValue("MacroExecutionMode", 0,
                                 uno::Any(document::MacroExecMode::NEVER_EXECUTE), {})};
        auto book = frame::Desktop::create(m_context)->loadComponentFromURL(
            url, "_blank", 0, uno::Sequence<beans::PropertyValue>(load, 3));
        uno::Reference<container::XNameAccess> names(
            uno::Reference<beans::XPropertySet>(book, uno::UNO_QUERY_THROW)
                ->getPropertyValue("NamedRanges"),
            uno::UNO_QUERY_THROW);
        auto masters = uno::Reference<text::XTextFieldsSupplier>(document, uno::UNO_QUERY_THROW)
                           ->getTextFieldMasters();
        document->lockControllers(); // as refresh does: no repainting meanwhile
        sal_Int32 changed = 0, updated = 0;
        for (sal_Int32 i = 1; i <= figures; ++i)
        {
            const OUString figure = "fig_" + OUString::number(i);
            auto cells = uno::Reference<sheet::XCellRangeReferrer>(names->getByName(figure),
                                                                   uno::UNO_QUERY_THROW)
                             ->getReferredCells();
            const OUString value =
                uno::Reference<text::XText>(cells->getCellByPosition(0, 0), uno::UNO_QUERY_THROW)
                    ->getString();
            uno::Reference<beans::XPropertySet> master(
                masters->getByName("com.sun.star.text.fieldmaster.User.gw_calc_" + figure),
                uno::UNO_QUERY_THROW);
            if (master->getPropertyValue("Content").get<OUString>() != value)
            {
                master->setPropertyValue("Content", uno::Any(value));
                ++changed;
            }
        }
        auto writerTables =
            uno::Reference<text::XTextTablesSupplier>(document, uno::UNO_QUERY_THROW)
                ->getTextTables();
        for (sal_Int32 t = 1; t <= tables; ++t)
        {
            auto source = uno::Reference<sheet::XCellRangeReferrer>(
                              names->getByName("tab_" + OUString::number(t)), uno::UNO_QUERY_THROW)
                              ->getReferredCells();
            uno::Reference<table::XCellRange> target(
                writerTables->getByName("W" + OUString::number(t)), uno::UNO_QUERY_THROW);
            for (sal_Int32 r = 1; r < rows; ++r)
                for (sal_Int32 c = 0; c < columns; ++c)
                {
                    uno::Reference<text::XText> from(source->getCellByPosition(c, r),
                                                     uno::UNO_QUERY_THROW);
                    uno::Reference<text::XText>(target->getCellByPosition(c, r),
                                                uno::UNO_QUERY_THROW)
                        ->setString(from->getString());
                }
            ++updated;
        }
        uno::Reference<util::XRefreshable>(
            uno::Reference<text::XTextFieldsSupplier>(document, uno::UNO_QUERY_THROW)
                ->getTextFields(),
            uno::UNO_QUERY_THROW)
            ->refresh();
        document->unlockControllers();
        uno::Reference<util::XCloseable>(book, uno::UNO_QUERY_THROW)->close(true);
        const beans::NamedValue done[] = {beans::NamedValue("FiguresChanged", uno::Any(changed)),
                                          beans::NamedValue("TablesUpdated", uno::Any(updated))};
        return uno::Any(uno::Sequence<beans::NamedValue>(done, 2));
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
};

// The live proofreader as the office's iterator drives it, timed inside the office: a first
// pass over every paragraph (the proofreader finds the document and reads it), a second pass
// (nothing changed: each paragraph's findings from the kept document), edits of body text and
// of a heading number (the document read again and brought up to date), and for comparison a
// whole-document check per edit (what a live checker without a kept document would do).
class ProofreadDocument : public Job
{
public:
    explicit ProofreadDocument(const uno::Reference<uno::XComponentContext>& context)
        : Job("org.gongwen.bench.ProofreadDocument"), m_context(context)
    {
    }
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        using Clock = std::chrono::steady_clock;
        auto document = argument<uno::Reference<text::XTextDocument>>(arguments, "Document");
        const sal_Int32 editAt = argument<sal_Int32>(arguments, "EditParagraph");
        const sal_Int32 headingAt = argument<sal_Int32>(arguments, "HeadingParagraph");
        uno::Reference<linguistic2::XProofreader> proofreader(
            m_context->getServiceManager()->createInstanceWithContext("org.gongwen.Proofreader",
                                                                      m_context),
            uno::UNO_QUERY_THROW);
        std::vector<uno::Reference<text::XTextRange>> paragraphs;
        auto elements =
            uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
                ->createEnumeration();
        while (elements->hasMoreElements())
        {
            uno::Reference<text::XTextRange> paragraph(elements->nextElement(), uno::UNO_QUERY);
            uno::Reference<lang::XServiceInfo> info(paragraph, uno::UNO_QUERY);
            if (paragraph.is() && info.is() && info->supportsService("com.sun.star.text.Paragraph"))
                paragraphs.push_back(paragraph);
        }
        const lang::Locale zh("zh", "CN", OUString());
        const OUString id("bench-document");
        sal_Int32 errors = 0;
        auto proofread = [&](const OUString& text)
        {
            const auto start = Clock::now();
            errors += proofreader->doProofreading(id, text, zh, 0, text.getLength(), {})
                          .aErrors.getLength();
            return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        };
        double firstPass = 0;
        for (const auto& p : paragraphs)
            firstPass += proofread(p->getString());
        std::vector<double> all, long500;
        errors = 0;
        for (const auto& p : paragraphs)
        {
            const OUString text = p->getString();
            const double ms = proofread(text);
            all.push_back(ms);
            if (text.getLength() >= 450)
                long500.push_back(ms);
        }
        const sal_Int32 errorsPerPass = errors;
        // Edits: body text typed into one paragraph, then a heading renumbered (and back).
        std::vector<double> bodyEdits, headingEdits, wholeChecks;
        uno::Reference<org::gongwen::XStructureChecker> checker(
            m_context->getServiceManager()->createInstanceWithContext(
                "org.gongwen.StructureChecker", m_context),
            uno::UNO_QUERY_THROW);
        for (int round = 0; round < 5; ++round)
        {
            auto body = paragraphs[static_cast<std::size_t>(editAt)];
            body->setString(body->getString() + OUString(sal_Unicode(0x5E76))); // 并
            bodyEdits.push_back(proofread(body->getString()));
            auto heading = paragraphs[static_cast<std::size_t>(headingAt)];
            const OUString before = heading->getString();
            // 九 八 七 六 五: a new number each round, so that each is an edit the proofreader has
            // not seen.
            static const sal_Unicode numerals[] = {0x4E5D, 0x516B, 0x4E03, 0x516D, 0x4E94};
            heading->setString(OUString(numerals[round]) + before.copy(1));
            headingEdits.push_back(proofread(heading->getString()));
            heading->setString(before);
            proofread(before); // back (the text is known again: not an edit to time)
            const auto start = Clock::now();
            checker->checkDocument(document);
            wholeChecks.push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        const beans::NamedValue done[] = {
            beans::NamedValue("Paragraphs", uno::Any(static_cast<sal_Int32>(paragraphs.size()))),
            beans::NamedValue("ErrorsPerPass", uno::Any(errorsPerPass)),
            beans::NamedValue("FirstPassMs", uno::Any(firstPass)),
            beans::NamedValue("P50Ms", uno::Any(percentile(all, 0.50))),
            beans::NamedValue("P99Ms", uno::Any(percentile(all, 0.99))),
            beans::NamedValue("Long500Count", uno::Any(static_cast<sal_Int32>(long500.size()))),
            beans::NamedValue("Long500P99Ms", uno::Any(percentile(long500, 0.99))),
            beans::NamedValue("BodyEditMs", uno::Any(percentile(bodyEdits, 0.5))),
            beans::NamedValue("BodyEditMaxMs", uno::Any(percentile(bodyEdits, 1.0))),
            beans::NamedValue("HeadingEditMs", uno::Any(percentile(headingEdits, 0.5))),
            beans::NamedValue("WholeCheckMs", uno::Any(percentile(wholeChecks, 0.5)))};
        return uno::Any(uno::Sequence<beans::NamedValue>(done, 11));
    }

private:
    static double percentile(std::vector<double> values, double q)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        return values[std::min(values.size() - 1,
                               static_cast<std::size_t>(q * static_cast<double>(values.size())))];
    }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace

// The bench loads this library straight into the office (com.sun.star.loader.SharedLibrary):
// no extension is installed, nothing stays registered.
extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void*, void*)
{
    struct Entry
    {
        const char* name;
        cppu::ComponentFactoryFunc create;
    };
    static const Entry entries[] = {
        {"org.gongwen.bench.EnumerateBody",
         [](const uno::Reference<uno::XComponentContext>&) -> uno::Reference<uno::XInterface>
         { return static_cast<cppu::OWeakObject*>(new EnumerateBody); }},
        {"org.gongwen.bench.CheckDocument",
         [](const uno::Reference<uno::XComponentContext>& context)
             -> uno::Reference<uno::XInterface>
         { return static_cast<cppu::OWeakObject*>(new CheckDocument(context)); }},
        {"org.gongwen.bench.NaiveLayout",
         [](const uno::Reference<uno::XComponentContext>&) -> uno::Reference<uno::XInterface>
         { return static_cast<cppu::OWeakObject*>(new NaiveLayout); }},
        {"org.gongwen.bench.NaiveRefresh",
         [](const uno::Reference<uno::XComponentContext>& context)
             -> uno::Reference<uno::XInterface>
         { return static_cast<cppu::OWeakObject*>(new NaiveRefresh(context)); }},
        {"org.gongwen.bench.ProofreadDocument",
         [](const uno::Reference<uno::XComponentContext>& context)
             -> uno::Reference<uno::XInterface>
         { return static_cast<cppu::OWeakObject*>(new ProofreadDocument(context)); }},
    };
    for (const Entry& e : entries)
        if (rtl_str_compare(implementation, e.name) == 0)
        {
            const OUString name = OUString::createFromAscii(e.name);
            auto factory = cppu::createSingleComponentFactory(e.create, name,
                                                              uno::Sequence<OUString>(&name, 1));
            factory->acquire();
            return factory.get();
        }
    return nullptr;
}
