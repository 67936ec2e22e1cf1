// SPDX-License-Identifier: MPL-2.0
// org.gongwen.TallyBook: the tally book behind the public API.
#include "../common/CheckSettings.hxx"
#include "TallyWorkbook.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Component.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/FindingConversion.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XTallyBook.hpp>

#include <ctime>

using namespace css;
namespace tally = gongwen::core::tally;

namespace gongwen::ext
{

tally::Value toValue(const uno::Any& any)
{
    OUString s;
    double d = 0;
    if (any >>= s)
        return std::u16string(toView(s));
    if (any >>= d) // also converts the integer types
        return d;
    return std::monostate();
}

int currentYear()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_year + 1900;
}

uno::Reference<sheet::XSpreadsheetDocument>
newTallyBook(const uno::Reference<uno::XComponentContext>& context)
{
    auto loader = frame::Desktop::create(context);
    uno::Reference<sheet::XSpreadsheetDocument> book(
        loader->loadComponentFromURL(ascii("private:factory/scalc"), ascii("_blank"), 0, {}),
        uno::UNO_QUERY_THROW);
    const int year = settings(context).defaultYear; // 0: this year
    buildTallyBook(book, year > 0 ? year : currentYear());
    return book;
}

// Checks and appends one record; returns its sheet row. Shared by the API and 登记….
sal_Int32 addTallyRecord(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                         const uno::Sequence<uno::Any>& values, core::Language language)
{
    const int year = reportingYear(book, language);
    std::vector<tally::Value> cells;
    for (const uno::Any& v : values)
        cells.push_back(toValue(v));
    std::vector<std::u16string>
        categories; // the book's own list: what the dialog offers is accepted
    for (const OUString& c : listValues(book, tally::kCategoryListColumn))
        categories.emplace_back(toView(c));
    const auto result = tally::readRecord(cells, year, categories);
    if (const auto* problem = std::get_if<tally::RecordProblem>(&result))
        refuse(uiText(language, UiText::TallyColumnProblem,
                      {toOUString(tally::columnTitle(problem->column).pick(language)),
                       toOUString(problem->text(language))}),
               1);
    DocumentEdit edit(book, uiText(language, UiText::UndoAddRecord), language);
    return appendRecord(book, std::get<tally::Record>(result));
}

namespace
{

class TallyBook : public cppu::WeakImplHelper2<org::gongwen::XTallyBook, lang::XServiceInfo>
{
public:
    explicit TallyBook(const uno::Reference<uno::XComponentContext>& context) : m_context(context)
    {
    }

    uno::Reference<sheet::XSpreadsheetDocument> SAL_CALL createTallyBook() override
    {
        return guardQuery("createTallyBook", [&] { return newTallyBook(m_context); });
    }

    void SAL_CALL addRecord(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                            const uno::Sequence<uno::Any>& values) override
    {
        guardApiCall("addRecord", language(),
                     [&]
                     {
                         requireOpen(book);
                         addTallyRecord(book, values, language());
                     });
    }

    void SAL_CALL defineIndicator(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                                  const OUString& name, const OUString& rangeAddress) override
    {
        guardApiCall("defineIndicator", language(),
                     [&]
                     {
                         requireOpen(book);
                         reportingYear(book, language());
                         defineName(book, name, rangeAddress, language());
                     });
    }

    uno::Sequence<org::gongwen::Finding>
        SAL_CALL checkBook(const uno::Reference<sheet::XSpreadsheetDocument>& book) override
    {
        return guardApiCall("checkBook", language(),
                            [&]
                            {
                                requireOpen(book);
                                const core::Language language = this->language();
                                std::vector<core::Finding> findings;
                                for (BookFinding& f : checkTallyBook(book, language))
                                    findings.push_back(std::move(f.finding));
                                return toApiFindings(findings, language);
                            });
    }

    OUString SAL_CALL getImplementationName() override { return ascii(kTallyBookImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kTallyBookService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_TallyBook_get_implementation(uno::XComponentContext* context,
                                              const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::TallyBook>(context);
}
