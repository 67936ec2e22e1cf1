#include "Sheets.hxx"

#include <core/tally/tally.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{

uno::Reference<sheet::XNamedRanges> namedRanges(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    return uno::Reference<sheet::XNamedRanges>(
        uno::Reference<beans::XPropertySet>(book, uno::UNO_QUERY_THROW)->getPropertyValue(ascii("NamedRanges")),
        uno::UNO_QUERY_THROW);
}

OUString columnLetters(sal_Int32 column)
{
    return toOUString(core::tally::columnLetters(static_cast<std::size_t>(std::max<sal_Int32>(column, 0))));
}

OUString errorValueText(sal_Int32 code)
{
    switch (code)
    {
        case 503: return ascii("#NUM!");
        case 519: return ascii("#VALUE!");
        case 524: return ascii("#REF!");
        case 525: return ascii("#NAME?");
        case 532: return ascii("#DIV/0!");
        default: return ascii("Err:") + OUString::number(code);
    }
}

} // namespace gongwen::ext
