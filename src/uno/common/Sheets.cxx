// SPDX-License-Identifier: MPL-2.0
#include "Sheets.hxx"

#include <core/common/cells.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{

uno::Reference<sheet::XNamedRanges>
namedRanges(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    return uno::Reference<sheet::XNamedRanges>(
        uno::Reference<beans::XPropertySet>(book, uno::UNO_QUERY_THROW)
            ->getPropertyValue(ascii("NamedRanges")),
        uno::UNO_QUERY_THROW);
}

OUString columnLetters(sal_Int32 column)
{
    return toOUString(
        core::columnLetters(static_cast<std::size_t>(std::max<sal_Int32>(column, 0))));
}

OUString errorValueText(sal_Int32 code)
{
    switch (code)
    {
    case 503:
        return ascii("#NUM!");
    case 519:
        return ascii("#VALUE!");
    case 524:
        return ascii("#REF!");
    case 525:
        return ascii("#NAME?");
    case 532:
        return ascii("#DIV/0!");
    default:
        return ascii("Err:") + OUString::number(code);
    }
}

uno::Reference<table::XCellRange> usedPart(const uno::Reference<table::XCellRange>& range,
                                           bool clipColumns)
{
    const uno::Reference<sheet::XSheetCellRange> inSheet(range, uno::UNO_QUERY);
    if (!inSheet.is())
        return range;
    const auto a = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                       ->getRangeAddress();
    const uno::Reference<sheet::XSpreadsheet> sheet = inSheet->getSpreadsheet();
    const auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto used = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                          ->getRangeAddress();
    const sal_Int32 endRow = std::max(a.StartRow, std::min(a.EndRow, used.EndRow));
    const sal_Int32 endColumn =
        clipColumns ? std::max(a.StartColumn, std::min(a.EndColumn, used.EndColumn)) : a.EndColumn;
    if (endRow == a.EndRow && endColumn == a.EndColumn)
        return range;
    return sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, endColumn, endRow);
}

std::vector<ErrorCell> errorCells(const uno::Reference<table::XCellRange>& range,
                                  const uno::Sequence<uno::Sequence<uno::Any>>& data)
{
    std::vector<ErrorCell> errors;
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
            if (data[r][c].getValueTypeClass() == uno::TypeClass_VOID)
                if (const sal_Int32 error = range->getCellByPosition(c, r)->getError())
                    errors.push_back({c, r, errorValueText(error)});
    return errors;
}

void validate(const uno::Reference<table::XCellRange>& range, sheet::ValidationType type,
              sheet::ConditionOperator op, const OUString& formula1, const OUString& formula2,
              const OUString& error)
{
    uno::Reference<beans::XPropertySet> props(range, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> validation(props->getPropertyValue(ascii("Validation")),
                                                   uno::UNO_QUERY_THROW);
    validation->setPropertyValue(ascii("Type"), uno::Any(type));
    validation->setPropertyValue(ascii("ShowErrorMessage"), uno::Any(true));
    validation->setPropertyValue(ascii("ErrorMessage"), uno::Any(error));
    validation->setPropertyValue(ascii("IgnoreBlankCells"), uno::Any(true));
    uno::Reference<sheet::XSheetCondition> condition(validation, uno::UNO_QUERY_THROW);
    condition->setOperator(op);
    condition->setFormula1(formula1);
    if (!formula2.isEmpty())
        condition->setFormula2(formula2);
    props->setPropertyValue(ascii("Validation"), uno::Any(validation));
}

sal_Int32 dateFormat(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    uno::Reference<util::XNumberFormats> formats =
        uno::Reference<util::XNumberFormatsSupplier>(book, uno::UNO_QUERY_THROW)
            ->getNumberFormats();
    const lang::Locale locale(ascii("en"), ascii("US"), OUString());
    const OUString code = ascii("YYYY-MM-DD");
    sal_Int32 key = formats->queryKey(code, locale, false);
    return key >= 0 ? key : formats->addNew(code, locale);
}

} // namespace gongwen::ext
