// SPDX-License-Identifier: MPL-2.0
// Built without the LibreOffice SDK: only text files can be read.
#include "office_reader.hpp"

namespace gongwen::cli
{

bool canReadOfficeDocuments()
{
    return false;
}

OfficeText readThroughOffice(const std::string&, std::chrono::seconds)
{
    throw OfficeError(
        "this gongwen-check was built without LibreOffice support; convert the document to .txt");
}

core::wording::RegisterTables readRegisterThroughOffice(const std::string&, std::chrono::seconds)
{
    throw OfficeError(
        "this gongwen-check was built without LibreOffice support; give the register as a folder "
        "of CSV files");
}

} // namespace gongwen::cli
