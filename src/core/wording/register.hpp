// SPDX-License-Identifier: MPL-2.0
// 口径库: the office's own register of people (name, title, order, valid from … to), organs
// (full name, standard abbreviation, non-standard forms), approved wording (提法) and banned words,
// kept by the office and checked against every document on its own date (register.*).
#pragma once

#include <core/common/finding.hpp>
#include <core/text/multi_pattern.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongwen::core::wording
{

/// A calendar day; a register's empty date is open-ended (isOpen).
struct Day
{
    int year = 0, month = 0, day = 0;
    bool isOpen() const { return year == 0; }
    int key() const { return year * 10000 + month * 100 + day; }
};
/// "2026-03-01" → the day; nullopt when it is not a valid date in that form.
std::optional<Day> parseDay(std::u16string_view text);
/// A spreadsheet's date serial (days since 1899-12-30, as Calc and Excel count by default) →
/// the day; nullopt outside 1900–2200.
std::optional<Day> dayOfSerial(double serial);
/// "2026-03-01".
std::u16string isoText(Day day);
/// Whether `day` lies in [from, to], either end open when empty.
bool validOn(Day day, Day from, Day to);

// Each entry keeps its 1-based row in its sheet (the header is row 1), for messages about it.
struct Person
{
    std::u16string name, title;
    int order = 0; // 排序: the smaller first
    Day from, to;
    std::size_t row = 0;
};

struct Organ
{
    std::u16string fullName, abbreviation;
    std::vector<std::u16string> wrongForms;
    std::size_t row = 0;
};

struct Phrase
{
    std::u16string standard;
    std::vector<std::u16string> wrongForms;
    std::u16string note;
    Day from, to;
    std::size_t row = 0;
};

struct BannedWord
{
    std::u16string word, note;
    std::size_t row = 0;
};

/// The sheets and their columns, in the order a new register workbook has them (新建口径库).
inline constexpr std::u16string_view kPeopleSheet = u"人员";
inline constexpr std::u16string_view kOrgansSheet = u"机构";
inline constexpr std::u16string_view kPhrasesSheet = u"提法";
inline constexpr std::u16string_view kBannedSheet = u"禁用词";
inline constexpr std::u16string_view kPeopleColumns[] = {u"姓名", u"职务", u"排序", u"起始日期",
                                                         u"终止日期"};
inline constexpr std::u16string_view kOrganColumns[] = {u"全称", u"规范简称", u"不规范写法"};
inline constexpr std::u16string_view kPhraseColumns[] = {u"规范表述", u"不规范表述", u"说明",
                                                         u"起始日期", u"终止日期"};
inline constexpr std::u16string_view kBannedColumns[] = {u"词", u"说明"};

/// A line of the register that could not be read: the sheet (人员, 机构, 提法, 禁用词) and its
/// 1-based row (the header is row 1; 0: the sheet as a whole).
struct RegisterProblem
{
    std::u16string sheet;
    std::size_t row = 0;
    std::u16string messageZh, messageEn;
};

/// The four sheets as CSV text (UTF-8 decoded; the first line names the columns); a sheet the
/// register lacks is nullopt.
struct RegisterSheets
{
    std::optional<std::u16string> people, organs, phrases, bannedWords;
};

/// The sheets as cells, as a workbook holds them: a sheet's rows from its first (the column
/// names), each row's cells as text (dates as YYYY-MM-DD); a sheet the register lacks is nullopt.
using SheetRows = std::vector<std::vector<std::u16string>>;
struct RegisterTables
{
    std::optional<SheetRows> people, organs, phrases, bannedWords;
};
/// The CSV sheets split into rows and cells (a quoted cell may hold commas, "" and line breaks
/// are not supported: one line, one row).
RegisterTables tablesFromCsv(const RegisterSheets& sheets);

/// The sheets as files of a register folder (gongwen-check --register, the office's
/// $(user)/gongwen/register/), each with the member of RegisterSheets it fills.
struct SheetFile
{
    std::u16string_view fileName;
    std::optional<std::u16string> RegisterSheets::*sheet;
};
inline constexpr SheetFile kSheetFiles[] = {{u"人员.csv", &RegisterSheets::people},
                                            {u"机构.csv", &RegisterSheets::organs},
                                            {u"提法.csv", &RegisterSheets::phrases},
                                            {u"禁用词.csv", &RegisterSheets::bannedWords}};

class Register
{
public:
    /// Reads the sheets; rows that cannot be read go to `problems` and are left out.
    static std::shared_ptr<const Register> read(const RegisterSheets& sheets,
                                                std::vector<RegisterProblem>& problems);
    static std::shared_ptr<const Register> read(const RegisterTables& tables,
                                                std::vector<RegisterProblem>& problems);

    const std::vector<Person>& people() const { return m_people; }
    const std::vector<Organ>& organs() const { return m_organs; }
    const std::vector<Phrase>& phrases() const { return m_phrases; }
    const std::vector<BannedWord>& bannedWords() const { return m_banned; }
    bool empty() const;

    /// register.* findings for one paragraph of a document dated `day`.
    void check(std::size_t paragraph, std::u16string_view text, Day day,
               std::vector<Finding>& out) const;
    /// register.order for a list of people a line each (出席：/张三 主席/李四 副主席), out of the
    /// register's order: one finding on the list's first line.
    void checkListLines(const std::vector<std::u16string_view>& paragraphs, Day day,
                        std::vector<Finding>& out) const;

private:
    // What a pattern of the matcher is.
    enum class Kind
    {
        Name,           // a person's name (index: the person)
        Title,          // a 职务 (index into m_titles)
        OrganStandard,  // a full name or standard abbreviation: wrong forms inside it are not wrong
        OrganWrong,     // index: the organ
        PhraseStandard, // index: the phrase
        PhraseWrong,    // index: the phrase
        Banned,         // index: the word
        Comrade,        // 同志, after which a name stands
    };
    struct Entry
    {
        Kind kind;
        std::size_t index;
    };
    struct Occurrence
    {
        std::size_t start, end;
        Entry entry;
    };
    void buildMatcher();
    void addPattern(std::u16string_view text, Kind kind, std::size_t index);
    void checkWording(std::size_t paragraph, std::u16string_view text, Day day,
                      const std::vector<Occurrence>& found, std::vector<Finding>& out) const;
    void checkPeople(std::size_t paragraph, std::u16string_view text, Day day,
                     const std::vector<Occurrence>& found, std::vector<Finding>& out) const;
    // Where a name may stand: before or after `at`; `title` when the anchor is a 职务.
    struct Anchor
    {
        std::size_t at;
        bool nameBefore;
        std::u16string_view title;
    };
    void checkNearNames(std::size_t paragraph, std::u16string_view text, Day day,
                        const std::vector<Anchor>& anchors, std::vector<Finding>& out) const;
    const Person* personOfListLine(std::u16string_view line, Day day) const;
    std::vector<const Person*> peopleNamed(std::u16string_view name, Day day) const;

    std::vector<Person> m_people;
    std::vector<Organ> m_organs;
    std::vector<Phrase> m_phrases;
    std::vector<BannedWord> m_banned;
    std::vector<std::u16string> m_titles; // every 职务 the register names, each once
    std::vector<Entry> m_entries;         // by the matcher's pattern id
    // Names with one character masked ('\0'), with the person: "赵\0" → 赵六. A name written one
    // character off is found by masking each of its characters in turn.
    std::unordered_multimap<std::u16string, std::size_t> m_namesMasked;
    std::unordered_multimap<std::u16string, std::size_t> m_peopleByName;
    MultiPattern m_matcher;
};

/// 检查口径库: what is readable but wrong in a register — a person listed twice on the same days,
/// a person without a title, a name that is also a common word (it would be matched inside
/// ordinary text), a form listed as wrong that is another entry's right one, a wrong form
/// listed for two entries — each naming its sheet and row. `commonWord` says whether a text is
/// a common word (the office and the command line pass the typo model's lexicon).
std::vector<RegisterProblem>
auditRegister(const Register& reg, const std::function<bool(std::u16string_view)>& commonWord);

// ---- 加入口径库: a new row for the register ----------------------------------------------------

/// Which sheet a text selected in a document most likely belongs to: an organ's name (…委员会,
/// …办公室, …局), a person's name (2–4 Han characters), else a wording (提法).
std::u16string_view likelySheetFor(std::u16string_view selected);
/// The column names of a sheet (人员, 机构, 提法, 禁用词); empty for another name.
std::vector<std::u16string_view> columnsOf(std::u16string_view sheet);
/// Why `cells` (in the sheet's column order) cannot be a row of that sheet, as the register
/// reader would say it; nullopt when they can.
std::optional<RegisterProblem> problemOfNewRow(std::u16string_view sheet,
                                               const std::vector<std::u16string>& cells);
/// The cells as one line of a CSV sheet: a cell holding a comma, quote or line break is quoted.
std::u16string csvLine(const std::vector<std::u16string>& cells);

/// Whether a name is also a common word (the typo model's lexicon; false without the model):
/// auditRegister's test as the office and the command line run it.
bool registerNameIsCommonWord(std::u16string_view name);

/// The document's date: its last 成文日期 line ("2026年11月29日"), or nullopt.
std::optional<Day> documentDay(const std::vector<std::u16string_view>& paragraphs);
/// Today, by the machine's clock.
Day today();

} // namespace gongwen::core::wording
