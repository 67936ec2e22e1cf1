// SPDX-License-Identifier: MPL-2.0
#include <core/common/language.hpp>

#include <catch2/catch.hpp>

using namespace gongwen::core;

TEST_CASE("languageForTag shows Chinese for zh tags and English otherwise", "[language]")
{
    CHECK(languageForTag("zh-CN") == Language::ChineseSimplified);
    CHECK(languageForTag("zh") == Language::ChineseSimplified);
    CHECK(languageForTag("zh_CN") == Language::ChineseSimplified);
    CHECK(languageForTag("ZH-TW") == Language::ChineseSimplified);
    CHECK(languageForTag("en-US") == Language::English);
    CHECK(languageForTag("de") == Language::English);
    CHECK(languageForTag("zu") == Language::English);
    CHECK(languageForTag("zhx") == Language::English);
    CHECK(languageForTag("") == Language::English);
}
