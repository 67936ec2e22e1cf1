// SPDX-License-Identifier: MPL-2.0
#include "UiStrings.hxx"

#include <vector>

#include "StringConv.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <utility>

using namespace css;

namespace gongwen::ext
{
namespace
{

struct Entry
{
    UiText id;
    core::BilingualText text;
};

// In the order of the enum (checked below).
constexpr Entry kTexts[] = {
    {UiText::AboutVersion, {u"版本 ", u"Version "}},
    {UiText::ErrorTitle, {u"公文助手", u"Gongwen Assistant"}},
    {UiText::ErrorUnexpected,
     {u"操作未能完成，文档未被修改。\n详细信息：",
      u"The action could not be completed; the document was "
      u"not changed.\nDetails: "}},
    {UiText::ErrorUnknownCommand,
     {u"未知的公文助手命令：", u"Unknown Gongwen Assistant command: "}},
    {UiText::ErrorNotWriter,
     {u"此功能需要在 Writer 文档中使用。", u"This feature works in a Writer document."}},
    {UiText::CheckProgress,
     {u"公文助手：正在检查文档结构…", u"Gongwen: checking the document structure…"}},
    {UiText::CheckSummaryNone, {u"未发现问题。", u"No problems found."}},
    {UiText::CheckSummary,
     {u"共发现 %1 个问题：错误 %2 个，警告 %3 个，提示 %4 个。选中一项即可在文档中定位。",
      u"%1 {%1:problem|problems}: %2 {%2:error|errors}, %3 {%3:warning|warnings}, %4 "
      u"{%4:hint|hints}. Choose one to select it in the document."}},
    {UiText::CheckParagraph, {u"第 %1 段", u"Paragraph %1"}},
    {UiText::CheckTableCell, {u"表格 %1", u"Table cell %1"}},
    {UiText::CheckExcerpt, {u"原文：", u"Text: "}},
    {UiText::CheckSuggestion, {u"建议改为：", u"Suggested: "}},
    {UiText::CheckNoSuggestion,
     {u"此问题需要手动修改。", u"This problem has to be corrected by hand."}},
    {UiText::CheckRenumberNothing,
     {u"标题和条目的编号已经连续，无需重新编号。",
      u"Headings and items are already numbered consecutively."}},
    {UiText::CheckRenumberDone,
     {u"已重新编号 %1 处（可用“撤销”一步还原）。",
      u"Renumbered %1 {%1:place|places} (one Undo restores {%1:it|them})."}},
    {UiText::UndoFix, {u"公文助手：修正", u"Gongwen: fix"}},
    {UiText::UndoRenumber, {u"公文助手：全部重新编号", u"Gongwen: renumber all"}},
    {UiText::SectionsLevelName, {u"%1级", u"Level %1"}},
    {UiText::SectionsNotUtf8, {u"文件不是 UTF-8 编码。", u"the file is not UTF-8."}},
    {UiText::SectionsLine, {u"第 %1 行：", u"line %1: "}},
    {UiText::SectionsDuplicateId,
     {u"模板编号“%1”已存在，已跳过。", u"template id “%1” exists already; skipped."}},
    {UiText::SectionsProblems,
     {u"以下自定义模板无法读取，已跳过：",
      u"These templates of yours could not be read and were skipped: "}},
    {UiText::SectionsUserFolder, {u"自定义模板文件夹：", u"Your own templates go in: "}},
    {UiText::SectionsSubstituted,
     {u"段落样式使用公文标准字体；本机缺少其中几种，已在字体替换表（工具 ▸ 选项 ▸ "
      u"字体）中替换为下列字体，"
      u"重新启动 LibreOffice 后生效：",
      u"The paragraph styles name the standard fonts; those missing here are replaced in the font "
      u"replacement "
      u"table (Tools ▸ Options ▸ Fonts) by the fonts below, from the next start of LibreOffice: "}},
    {UiText::SectionsFontMissing, {u"（无可用字体）", u"(no font available)"}},
    {UiText::SectionsOutsideBody,
     {u"请把光标放在正文中（不在表格、文本框或页眉页脚中）再插入。",
      u"Place the cursor in the body text (not in a table, frame, header or footer) to insert."}},
    {UiText::SectionsUnknownId, {u"没有编号为“%1”的模板。", u"There is no template “%1”."}},
    {UiText::SectionsBadCount,
     {u"条目数必须在 1 到 30 之间（0 表示默认）。",
      u"The item count must be 1 to 30 (0: the default)."}},
    {UiText::UndoInsertSection, {u"公文助手：插入标准段落", u"Gongwen: insert standard section"}},
    {UiText::TallyNotABook,
     {u"这不是公文助手统计台账（缺少“台账”或“参数”工作表）。",
      u"This is not a Gongwen tally book (the 台账 or 参数 sheet is missing)."}},
    {UiText::TallyNameExists, {u"名称“%1”已经存在。", u"The name “%1” exists already."}},
    {UiText::TallyBadAddress,
     {u"“%1”不是有效的单元格地址。", u"“%1” is not a valid cell address."}},
    {UiText::TallyColumnProblem, {u"“%1”列：%2", u"Column “%1”: %2"}},
    {UiText::TallyAdded,
     {u"已登记到台账第 %1 行，可继续登记下一条。", u"Added as ledger row %1; add the next one."}},
    {UiText::TallyRange,
     {u"选中的区域：%1（单个单元格为指标，多个单元格为表格）",
      u"Selected: %1 (one cell: an indicator; several: a table)"}},
    {UiText::TallyDefined,
     {u"已定义“%1”，指向 %2。报告中可用“插入统计数字…”或“关联统计表…”引用它。",
      u"“%1” now names %2. Reports can use it through Insert Figure… or Bind Table…."}},
    {UiText::TallyNoSelection, {u"请先选中一个单元格或区域。", u"Select a cell or a range first."}},
    {UiText::TallyCheckSummary,
     {u"共发现 %1 个问题。选中一项即可定位到单元格。",
      u"%1 {%1:problem|problems}. Choose one to go to its cell."}},
    {UiText::TallyCheckNone, {u"未发现问题。", u"No problems found."}},
    {UiText::TallyChartDone,
     {u"已在“%1”工作表插入 %2 个汇总图表（每个图表一种计量单位；再次运行会替换它们）。",
      u"%2 summary chart(s) were inserted on sheet “%1” (one unit per chart; running this again "
      u"replaces them)."}},
    {UiText::TallyNotCalc,
     {u"此功能需要在 Calc 统计台账中使用。", u"This feature works in a Calc tally book."}},
    {UiText::UndoAddRecord, {u"公文助手：登记", u"Gongwen: add record"}},
    {UiText::UndoDefine, {u"公文助手：定义指标", u"Gongwen: define indicator"}},
    {UiText::UndoChart, {u"公文助手：汇总图表", u"Gongwen: summary chart"}},
    {UiText::LinkOnlyLocal, {u"只能链接本机文件：%1", u"Only local files can be linked: %1"}},
    {UiText::LinkMissingFile,
     {u"找不到链接的工作簿：%1。请用“链接工作簿…”重新链接。",
      u"The linked workbook is missing: %1. Link it again."}},
    {UiText::LinkUnreadable,
     {u"无法读取工作簿 %1（文件可能已损坏或设有密码）。文档未作任何修改。",
      u"The workbook %1 cannot be read (it may be damaged or password-protected). The document was "
      u"not changed."}},
    {UiText::LinkNone,
     {u"此文档尚未链接统计工作簿。", u"This document is not linked to a workbook."}},
    {UiText::LinkMissingName, {u"工作簿中没有名称“%1”。", u"The workbook has no name “%1”."}},
    {UiText::LinkErrorValue,
     {u"“%1”的源单元格是错误值 %2，保留原值。",
      u"The source cell of “%1” holds the error %2; kept as it was."}},
    {UiText::LinkNoSuchColumn,
     {u"“%1”没有第 %2 列（共 %3 列）。", u"“%1” has no column %2 (it has %3)."}},
    {UiText::TableColumns, {u"要关联的列(~C)：", u"~Columns to bind:"}},
    {UiText::LinkNotNumber,
     {u"“%1”的源单元格不是数字（%2），保留原值。",
      u"The source cell of “%1” is not a number (%2); kept as it was."}},
    {UiText::LinkNotTable,
     {u"“%1”不是多单元格区域（表格）。", u"“%1” is not a range of several cells (a table)."}},
    {UiText::LinkNoWriterTable, {u"文档中没有表格“%1”。", u"The document has no table “%1”."}},
    {UiText::LinkChanged, {u"%1：%2 → %3", u"%1: %2 → %3"}},
    {UiText::LinkReusedOpen,
     {u"工作簿已在本程序中打开，使用的是其当前（可能未保存）的内容。",
      u"The workbook is open in this office; its current (possibly unsaved) state was used."}},
    {UiText::LinkColumnsDiffer,
     {u"表格“%1”有 %2 列，区域“%3”有 %4 列：只填写共有的列。",
      u"Table “%1” has %2 {%2:column|columns}, range “%3” has %4: only the common columns were "
      u"filled."}},
    {UiText::UndoInsertFigure, {u"公文助手：插入统计数字", u"Gongwen: insert figure"}},
    {UiText::UndoBindTable, {u"公文助手：关联统计表", u"Gongwen: bind table"}},
    {UiText::UndoRefresh, {u"公文助手：更新统计数据", u"Gongwen: refresh statistics"}},
    {UiText::FigureWorkbook, {u"工作簿：%1", u"Workbook: %1"}},
    {UiText::TableTitle, {u"关联统计表", u"Bind Table"}},
    {UiText::TableList,
     {u"表格区域（名称 · 行×列 · 位置）", u"Table ranges (name · rows×columns · place)"}},
    {UiText::TableBind, {u"关联", u"Bind"}},
    {UiText::TableNotInTable,
     {u"请先把光标放在要填写的 Writer 表格中。",
      u"Place the cursor in the Writer table to fill first."}},
    {UiText::LinkPickerTitle, {u"选择统计台账工作簿", u"Choose the tally workbook"}},
    {UiText::LinkDone,
     {u"已链接工作簿：%1\n（与文档在同一磁盘上时按相对位置保存，二者可一起移动。）",
      u"Linked workbook: %1\n(stored relative to the document when both are local, so the two can "
      u"move together)"}},
    {UiText::RefreshTitle, {u"更新统计数据", u"Refresh Statistics"}},
    {UiText::RefreshSummary,
     {u"已更新数字 %1 处（其中变化 %2 处），表格 %3 个。",
      u"%1 {%1:figure|figures} updated (%2 changed), %3 {%3:table|tables}."}},
    {UiText::RefreshMissing, {u"工作簿中缺少：", u"Missing in the workbook: "}},
    {UiText::EditReadOnly,
     {u"文档是只读的，公文助手没有修改它。请先打开“编辑文档”（或另存一份副本）再试。",
      u"The document is read-only; Gongwen Assistant did not change it. Turn on Edit Mode (or save "
      u"a copy) "
      u"and try again."}},
    {UiText::EditProtected,
     {u"此处内容受保护（区段、表格单元格或框架），文档未被修改。",
      u"The text there is protected (a section, table cell or frame); the document was not "
      u"changed."}},
    {UiText::EditStale,
     {u"文档已修改，请重新检查。", u"The document has changed; please check it again."}},
    {UiText::OfficeRefused,
     {u"LibreOffice 未能完成此操作，文档未被修改。详细信息：%1",
      u"LibreOffice could not complete the action; the document was not changed. Details: %1"}},
    {UiText::LinkFolder,
     {u"%1 是文件夹，不是工作簿。请选择 .ods 或 .xlsx 文件。",
      u"%1 is a folder, not a workbook. Choose an .ods or .xlsx file."}},
    {UiText::LinkNotSpreadsheet,
     {u"%1 不是电子表格，不能作为统计工作簿（请选择 Calc 的 .ods 或 .xlsx 文件）。",
      u"%1 is not a spreadsheet and cannot be the statistics workbook (choose a Calc .ods or .xlsx "
      u"file)."}},
    {UiText::LinkPassword,
     {u"工作簿 %1 设有打开密码，公文助手不能读取。请链接一份不设密码的副本。文档未作任何修改。",
      u"The workbook %1 is password-protected and cannot be read. Link a copy without a password. "
      u"The document was not changed."}},
    {UiText::LinkDamaged,
     {u"工作簿 %1 已损坏，无法读取。文档未作任何修改。",
      u"The workbook %1 is damaged and cannot be read. The document was not changed."}},
    {UiText::EditOutsideDocument,
     {u"位置不在此文档的正文中，文档未被修改。",
      u"The position is not in this document's text; the document was not changed."}},
    {UiText::LinkTableColumns,
     {u"表格“%1”有 %2 列，区域“%3”有 %4 列。",
      u"The table “%1” has %2 {%2:column|columns}, the range “%3” has %4."}},
    {UiText::LinkTableHeader,
     {u"表格“%1”第 %2 列的表头“%3”与区域的“%4”不一致。",
      u"Column %2 of the table “%1” is headed “%3”, the range's column “%4”."}},
    {UiText::LinkTableAdapt,
     {u"\n是否按区域调整表格（列数与表头）后再关联？选“否”则不作任何修改。",
      u"\nAdapt the table to the range (columns and headers) and bind it? “No” changes nothing."}},
    {UiText::LinkTableProtected,
     {u"表格“%1”受保护，未更新。", u"The table “%1” is protected and was not updated."}},
    {UiText::UndoLayout, {u"公文助手：一键排版", u"Gongwen: lay out"}},
    {UiText::LayoutUnknownProfile,
     {u"没有名为“%1”的版式方案（可用：%2）。", u"There is no layout profile “%1” (known: %2)."}},
    {UiText::LayoutDone,
     {u"已按“%1”排版 %2 段：A4 页面、版心 156 × 225 毫米、每页 22 行、页码“— 1 —”。可一步撤销。",
      u"%2 {%2:paragraph|paragraphs} laid out as “%1”: A4, a 156 × 225 mm text area, 22 lines a "
      u"page, page numbers “— 1 —”. "
      u"One undo step restores the draft."}},
    {UiText::LayoutSubstituted,
     {u"\n样式使用标准字体名称；本机缺少其中几种，已在字体替换表（工具 ▸ 选项 ▸ "
      u"字体）中替换为下列字体，"
      u"重新启动 LibreOffice 后生效：",
      u"\nThe styles name the standard fonts; those missing here are replaced in the font "
      u"replacement table "
      u"(Tools ▸ Options ▸ Fonts) by the fonts below, from the next start of LibreOffice:"}},
    {UiText::LayoutPageQuestion,
     {u"一键排版将把页面设为 A4、版心 156 × 225 毫米、每页 22 行并加页码。\n"
      u"LibreOffice "
      u"无法撤销页面设置，并会清空此前的撤销记录；段落和样式的修改仍可一步撤销。\n是否继续？",
      u"一键排版 will set the page to A4 with a 156 × 225 mm text area, 22 lines a page and page "
      u"numbers.\n"
      u"LibreOffice cannot undo page settings and will forget its earlier undo steps; the "
      u"paragraphs and styles can "
      u"still be undone in one step.\nContinue?"}},
    {UiText::LayoutCheckTitle, {u"版式检查", u"Check Layout"}},
    {UiText::LayoutCheckFix, {u"一键排版", u"Lay Out"}},
    {UiText::LayoutCheckPage, {u"页面", u"Page"}},
    {UiText::LayoutCheckSummary,
     {u"发现 %1 处与 GB/T 9704 版式不符；“一键排版”可一并修正。",
      u"%1 {%1:difference|differences} from the GB/T 9704 layout; Lay Out fixes {%1:it|them "
      u"all}."}},
    {UiText::LayoutCheckNone, {u"版式符合 GB/T 9704。", u"The layout follows GB/T 9704."}},
    {UiText::ProofreaderName,
     {u"公文助手：公文结构与标点检查", u"Gongwen Assistant: report structure and punctuation"}},
    {UiText::ContextCheckStructure, {u"检查文档结构(~C)…", u"~Check Document Structure…"}},
    {UiText::ContextInsertFigure, {u"插入统计数字(~F)…", u"Insert ~Figure…"}},
    {UiText::PanelManual,
     {u"文档较大：修改后请按“重新检查”更新列表。",
      u"A long document: press Check Again after editing to update the list."}},
    {UiText::PanelHint,
     {u"选中一项即在文档中选中对应文字。",
      u"Choose a finding to select its text in the document."}},
    {UiText::WordListUnwritable,
     {u"无法写入词表（用户目录下的 gongwen/words.txt）。",
      u"The word list (gongwen/words.txt in the user folder) cannot be written."}},
    {UiText::PanelPage, {u"页面", u"Page"}},
    {UiText::HelpNotInstalled,
     {u"无法显示帮助：LibreOffice 的帮助文件未安装。请安装 LibreOffice "
      u"中文帮助（Debian/麒麟/统信：软件包 "
      u"libreoffice-help-zh-cn 或 libreoffice-help-common），然后重新启动 LibreOffice。",
      u"Help cannot be shown: LibreOffice's help files are not installed. Install LibreOffice's "
      u"help "
      u"(Debian: the package libreoffice-help-en-us or libreoffice-help-common), then restart "
      u"LibreOffice."}},
    {UiText::FigureOrderByName, {u"按名称（拼音）", u"By name (pinyin)"}},
    {UiText::FigureOrderInWorkbook, {u"按工作簿中的顺序", u"As in the workbook"}},
    {UiText::FigureSearchNone,
     {u"没有与“%1”相符的名称、数值或单元格。", u"No name, value or cell matches “%1”."}},
    {UiText::RegisterNotLocal,
     {u"口径库只能是本机的文件或文件夹：%1", u"The register must be a local file or folder: %1"}},
    {UiText::RegisterMissing,
     {u"找不到口径库 %1。请在“工具 ▸ 选项 ▸ 公文助手”中重新指定。",
      u"The register %1 was not found. Name it again in Tools ▸ Options ▸ 公文助手."}},
    {UiText::RegisterPassword,
     {u"口径库 %1 设有打开密码，公文助手不能读取。请另存一份不设密码的副本。",
      u"The register %1 is password-protected and cannot be read. Save a copy without a "
      u"password."}},
    {UiText::RegisterDamaged,
     {u"口径库 %1 已损坏，无法读取。", u"The register %1 is damaged and cannot be read."}},
    {UiText::RegisterUnreadable, {u"无法读取口径库 %1。", u"The register %1 cannot be read."}},
    {UiText::RegisterNotSpreadsheet,
     {u"口径库 %1 不是电子表格。", u"The register %1 is not a spreadsheet."}},
    {UiText::RegisterNoSheets,
     {u"%1 中没有“人员”“机构”“提法”“禁用词”中的任何一张表。",
      u"%1 has none of the sheets 人员, 机构, 提法, 禁用词."}},
    {UiText::RegisterNotUtf8,
     {u"不是 UTF-8 文本，整表未读取。", u"Not UTF-8 text: the sheet was not read."}},
    {UiText::RegisterRow, {u"“%1”表第 %2 行：%3", u"Sheet %1, row %2: %3"}},
    {UiText::RegisterClean,
     {u"口径库 %1 没有发现问题：%2 人，%3 个机构，%4 条提法，%5 个禁用词。",
      u"No problems in the register %1: %2 people, %3 organs, %4 wordings, %5 banned words."}},
    {UiText::RegisterProblems,
     {u"口径库 %1 有 %2 处需要处理（不能读取的行不参与检查）：",
      u"The register %1 has %2 things to correct (rows that cannot be read are not used):"}},
    {UiText::RegisterTitle, {u"检查口径库", u"Check Register"}},
    {UiText::RegisterSelectFirst,
     {u"请先在文档中选中要加入口径库的姓名、机构名称或表述（一行之内）。",
      u"First select the name, organ or wording to add to the register (within one line)."}},
    {UiText::RegisterAddedToFolder,
     {u"已加入 %1 第 %2 行，立即生效。", u"Added as row %2 of %1; in force at once."}},
    {UiText::RegisterAddedToBook,
     {u"已在口径库工作簿“%1”表第 %2 行加入，请核对后保存工作簿（Ctrl+S），保存后生效。",
      u"Added as row %2 of sheet %1 in the register workbook: check it and save the workbook "
      u"(Ctrl+S); it is in force once saved."}},
};

constexpr bool textsFollowEnum()
{
    std::size_t i = 0;
    for (const Entry& e : kTexts)
        if (static_cast<std::size_t>(e.id) != i++)
            return false;
    return i == static_cast<std::size_t>(UiText::Count);
}
static_assert(textsFollowEnum(), "kTexts must list every UiText in enum order");

} // namespace

OUString readConfigString(const uno::Reference<uno::XComponentContext>& context, const char* node,
                          const char* property)
{
    auto provider = configuration::theDefaultProvider::get(context);
    beans::NamedValue path(ascii("nodepath"), uno::Any(ascii(node)));
    uno::Sequence<uno::Any> args(1);
    args[0] <<= path;
    uno::Reference<container::XNameAccess> access(
        provider->createInstanceWithArguments(
            ascii("com.sun.star.configuration.ConfigurationAccess"), args),
        uno::UNO_QUERY_THROW);
    OUString value;
    access->getByName(ascii(property)) >>= value;
    return value;
}

core::Language officeLanguage(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    try
    {
        OUString tag =
            readConfigString(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (tag.isEmpty())
            tag = readConfigString(context, "/org.openoffice.Setup/L10N", "ooLocale");
        return core::languageForTag(OUStringToOString(tag, RTL_TEXTENCODING_UTF8).getStr());
    }
    catch (...)
    {
        return core::Language::English;
    }
}

OUString uiText(core::Language language, UiText id)
{
    return toOUString(kTexts[static_cast<std::size_t>(id)].text.pick(language));
}

namespace
{

// "{%2:column|columns}": the first form when argument 2 is "1", else the second (English nouns
// after a count; Chinese needs none).
OUString choosePluralForms(OUString text, const std::vector<OUString>& args)
{
    for (sal_Int32 open = text.indexOf("{%"); open >= 0; open = text.indexOf("{%", open))
    {
        const sal_Int32 colon = text.indexOf(':', open), bar = text.indexOf('|', open),
                        close = text.indexOf('}', open);
        if (colon < 0 || bar < colon || close < bar)
            break;
        const sal_Int32 n = text.copy(open + 2, colon - open - 2).toInt32();
        const bool one = n >= 1 && static_cast<std::size_t>(n) <= args.size() &&
                         args[static_cast<std::size_t>(n - 1)] == "1";
        const OUString form =
            one ? text.copy(colon + 1, bar - colon - 1) : text.copy(bar + 1, close - bar - 1);
        text = text.replaceAt(open, close + 1 - open, form);
        open += form.getLength();
    }
    return text;
}

} // namespace

OUString uiText(core::Language language, UiText id, std::initializer_list<OUString> args)
{
    const std::vector<OUString> values(args);
    OUString text = choosePluralForms(uiText(language, id), values);
    sal_Int32 n = 1;
    for (const OUString& arg : values)
        text = text.replaceAll(ascii("%") + OUString::number(n++), arg);
    return text;
}

} // namespace gongwen::ext
