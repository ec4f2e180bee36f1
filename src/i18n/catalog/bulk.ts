import { defineMessages } from '../define';

const SAVE_AS = 'save it as Excel Workbook (.xlsx)';
const SAVE_AS_SV = 'spara den som Excel-arbetsbok (.xlsx)';

export const bulk = defineMessages(
  {
    'bulk.file.too_large':
      'The file is {sizeMb} MB; the limit is {maxMb} MB. Send the photos in several smaller ZIP files, or make them smaller.',
    'bulk.file.empty_file': '"{file}" is empty.',
    'bulk.file.not_xlsx': `"{file}" is not an Excel workbook. Open it in Excel and ${SAVE_AS}, or start from the template.`,
    'bulk.file.not_xlsx_csv': `"{file}" is a text file (CSV or similar), not an Excel workbook, whatever its name says. Open it in Excel and ${SAVE_AS}.`,
    'bulk.file.not_xlsx_xls': `"{file}" is an old-format Excel file (.xls) or a password-protected workbook. Open it in Excel, remove any password, and ${SAVE_AS}.`,
    'bulk.file.corrupt_zip':
      'The ZIP file is damaged or uses a format we cannot read. Create it again (for example with "Send to > Compressed folder") and upload it again.',
    'bulk.file.zip_encrypted': 'The ZIP file is password-protected. Create it again without a password.',
    'bulk.file.zip_bomb':
      'The ZIP file unpacks to more than we accept (at most {maxEntries} files and {maxMb} MB in total), or its sizes do not add up. Upload only the Excel file and the photos.',
    'bulk.file.zip_entry_too_large': '"{name}" in the ZIP file is larger than {maxMb} MB. Use a smaller photo.',
    'bulk.file.zip_path': 'The ZIP file contains a file with an unsafe path ("{name}"). Create the ZIP again from a normal folder.',
    'bulk.file.zip_no_sheet':
      'The ZIP file has no Excel workbook (.xlsx) in it, or the workbook is more than one folder deep. Put the .xlsx next to the photos.',
    'bulk.file.zip_many_sheets': 'The ZIP file has more than one Excel workbook ({files}). Keep exactly one.',
    'bulk.file.zip_duplicate_photo': 'The ZIP file has two photos called "{name}" in different folders. Give every photo its own name.',
    'bulk.file.corrupt_xlsx': `The Excel file could not be read; it may be damaged. Open it in Excel and ${SAVE_AS} again.`,
    'bulk.file.empty_sheet': 'The first sheet has no people in it. Row 1 must hold the column names and each following row one person.',
    'bulk.file.missing_columns': {
      one: 'The sheet is missing a required column: {columns}. Row 1 must hold the column names; the template shows them.',
      other: 'The sheet is missing required columns: {columns}. Row 1 must hold the column names; the template shows them.',
    },
    'bulk.file.too_many_columns': 'The sheet has {count} columns; at most {max} are allowed. Remove the columns you added.',
    'bulk.file.unknown_column': {
      one: 'The sheet has a column we do not recognise: {columns}. Remove it or rename it as in the template.',
      other: 'The sheet has columns we do not recognise: {columns}. Remove them or rename them as in the template.',
    },
    'bulk.file.duplicate_column': 'The sheet has the same column more than once: {columns}. Keep one of each.',
    'bulk.file.too_many_rows': 'The sheet has {count} people; at most {max} can be imported at once. Split it into several files.',
    'bulk.card.intro_title': 'Order many cards at once',
    'bulk.card.intro':
      'Fill in one row per cardholder in the Excel template and send it to me. I check every row like the questions in **new card** do, and nothing goes into the cart until you confirm.',
    'bulk.card.form_xlsx': 'Excel file (.xlsx)',
    'bulk.card.form_xlsx_text': 'the people only; add their photos in the cart afterwards',
    'bulk.card.form_zip': 'ZIP file (.zip)',
    'bulk.card.form_zip_text':
      'the Excel file plus one JPG or PNG photo per person, named as in the photo_file column or after the identity number (e.g. 199001011239.jpg)',
    'bulk.card.how_to_send': 'Send the file here in this chat with the paperclip (Attach file).',
    'bulk.card.how_to_send_or_upload':
      'Send the file here in this chat with the paperclip (Attach file), or choose **Upload from computer** (the link works once, for 15 minutes).',
    'bulk.card.upload_button': 'Upload from computer',
    'bulk.card.limits': 'At most {maxRows} people and 16 columns per file, 20 MB per upload. Mandatory columns: {columns}.',
    'bulk.card.template_button': 'Download the template',
    'bulk.card.result_title': 'Import: {file}',
    'bulk.card.checking': 'Checking the file…',
    'bulk.card.progress': { one: 'Checked {done} of {count} row…', other: 'Checked {done} of {count} rows…' },
    'bulk.card.checked': { one: 'Checked {count} row.', other: 'Checked {count} rows.' },
    'bulk.card.example_skipped':
      "Row {rows} is the template's example (Tolvan Tolvansson, 19121212-1212), so I skipped it: it is never ordered.",
    'bulk.card.ready_names': 'Ready: {names}.',
    'bulk.card.ready_names_more': 'Ready: {names} and {count} more.',
    'bulk.card.fact_ready': 'Ready',
    'bulk.card.fact_problems': 'With problems',
    'bulk.card.fact_without_photo': 'Without photo (add later)',
    'bulk.card.fact_photo_advice': 'Photos with advice (see the cart)',
    'bulk.card.problems_title': 'Problems (row, column)',
    'bulk.card.more_problems': 'and {count} more: see the error report.',
    'bulk.card.confirm': { one: 'Add {count} cardholder to the cart', other: 'Add {count} cardholders to the cart' },
    'bulk.card.discard': 'Discard',
    'bulk.card.report_button': 'Download the error report',
    'bulk.card.added': 'Added {added} cardholders to the cart. The cart now has {cartSize}.',
    'bulk.card.already_added': 'These cardholders were already added to the cart.',
    'bulk.card.discarded': 'Discarded. Nothing was added to the cart.',
    'bulk.card.failed': 'I could not check the file. Please try again. Reference: {ref}',
    'bulk.card.interrupted':
      'The check of this file was interrupted (the bot restarted) and could not be finished. Nothing was added to the cart. Please send the file again here, or upload it with the button below.',
    'bulk.card.upload_again': 'Upload the file again',
    'bulk.card.nothing_ready': 'No row is ready yet. Fix the problems in the file (the error report marks them) and send it again.',
    'bulk.card.not_a_sheet':
      'To import cardholders, send an Excel file (.xlsx) or a ZIP file with the Excel file and photos. Type **import** for the template.',
    'bulk.row.duplicate_in_cart': 'This person is already in your cart.',
    'bulk.row.duplicate_in_order': 'This person is already on order {order}, which is still under way.',
    'bulk.row.missing': '{column} is empty; it is needed for the card.',
    'bulk.row.mobile_country_code':
      '"{input}" is not a Swedish mobile number. If it is a mobile in {country}, write it with the country code: {suggestion}.',
    'bulk.row.duplicate_in_file': 'The same person (identity number) is also on row {other}. Keep one of the rows.',
    'bulk.photo.photo_file_missing': 'The photo "{file}" named in photo_file is not in the ZIP file.',
    'bulk.photo.no_photo':
      'No photo for this person: add one named after the identity number (for example {example}.jpg) or fill in photo_file.',
    'bulk.template.sheet': 'Cardholders',
    'bulk.template.note.first_name': 'Required. All first names, spelled and ordered exactly as in the passport or BankID.',
    'bulk.template.note.last_name': 'Required. All last names, spelled exactly as in the passport or BankID.',
    'bulk.template.note.nationality':
      'Required. Nationality as in the passport; pick from the list. Swedish personnummer with BankID means Sweden.',
    'bulk.template.note.national_identity_number':
      'Required. Swedish personnummer or samordningsnummer (YYYYMMDD-NNNN), or the national identity number from the passport. It must fit the nationality.',
    'bulk.template.note.date_of_birth': 'Date of birth as year-month-day, for example 1990-01-31, exactly as in the passport.',
    'bulk.template.note.email': "The cardholder's own e-mail address; it is needed to approve and activate the card.",
    'bulk.template.note.mobile':
      'Mobile number with country code, for example +46701234567. Needed when the cardholder has no Swedish BankID.',
    'bulk.template.note.card_type': 'Card type: Standard or Visitor; pick from the list.',
    'bulk.template.note.bankid': 'yes if the cardholder has Swedish BankID, otherwise no.',
    'bulk.template.note.photo_file':
      'ZIP import only: the photo file name in the ZIP (JPG or PNG). Empty: the photo is named after the identity number, e.g. 191212121212.jpg.',
    'bulk.template.pick_title': 'Pick from the list',
    'bulk.template.pick_text': 'Choose one of the values in the drop-down list.',
    'bulk.template.example_note': 'Example person. Replace or delete this row before uploading.',
    'bulk.report.note':
      'What to fix on each row. The row column is the row in your file: correct the highlighted cells there and send your file again.',
    'bulk.report.sheet': 'Problems',
    'bulk.file.other_sheets': {
      one: 'Only the first sheet, "{sheet}", was read; the other visible sheet was ignored: {others}.',
      other: 'Only the first sheet, "{sheet}", was read; the other visible sheets were ignored: {others}.',
    },
    'bulk.report.gone':
      'This error report was deleted when the import was confirmed or discarded, or after a day. Send the file again for a new one.',
  },
  {
    'bulk.file.too_large': 'Filen är {sizeMb} MB; gränsen är {maxMb} MB. Skicka fotona i flera mindre ZIP-filer, eller gör dem mindre.',
    'bulk.file.empty_file': '"{file}" är tom.',
    'bulk.file.not_xlsx': `"{file}" är ingen Excel-arbetsbok. Öppna den i Excel och ${SAVE_AS_SV}, eller utgå från mallen.`,
    'bulk.file.not_xlsx_csv': `"{file}" är en textfil (CSV eller liknande), inte en Excel-arbetsbok, oavsett vad namnet säger. Öppna den i Excel och ${SAVE_AS_SV}.`,
    'bulk.file.not_xlsx_xls': `"{file}" är en Excel-fil i gammalt format (.xls) eller en lösenordsskyddad arbetsbok. Öppna den i Excel, ta bort eventuellt lösenord och ${SAVE_AS_SV}.`,
    'bulk.file.corrupt_zip':
      'ZIP-filen är skadad eller i ett format vi inte kan läsa. Skapa den igen (till exempel med "Skicka till > Komprimerad mapp") och ladda upp den igen.',
    'bulk.file.zip_encrypted': 'ZIP-filen är lösenordsskyddad. Skapa den igen utan lösenord.',
    'bulk.file.zip_bomb':
      'ZIP-filen packas upp till mer än vi tar emot (högst {maxEntries} filer och {maxMb} MB totalt), eller så stämmer storlekarna inte. Ladda bara upp Excel-filen och fotona.',
    'bulk.file.zip_entry_too_large': '"{name}" i ZIP-filen är större än {maxMb} MB. Använd ett mindre foto.',
    'bulk.file.zip_path': 'ZIP-filen innehåller en fil med en osäker sökväg ("{name}"). Skapa ZIP-filen igen från en vanlig mapp.',
    'bulk.file.zip_no_sheet':
      'ZIP-filen innehåller ingen Excel-arbetsbok (.xlsx), eller så ligger den mer än en mapp ner. Lägg .xlsx-filen bredvid fotona.',
    'bulk.file.zip_many_sheets': 'ZIP-filen innehåller mer än en Excel-arbetsbok ({files}). Behåll exakt en.',
    'bulk.file.zip_duplicate_photo': 'ZIP-filen har två foton som heter "{name}" i olika mappar. Ge varje foto ett eget namn.',
    'bulk.file.corrupt_xlsx': `Excel-filen gick inte att läsa; den kan vara skadad. Öppna den i Excel och ${SAVE_AS_SV} igen.`,
    'bulk.file.empty_sheet': 'Det första bladet innehåller inga personer. Rad 1 ska ha kolumnnamnen och varje följande rad en person.',
    'bulk.file.missing_columns': {
      one: 'Bladet saknar en obligatorisk kolumn: {columns}. Rad 1 ska ha kolumnnamnen; mallen visar dem.',
      other: 'Bladet saknar obligatoriska kolumner: {columns}. Rad 1 ska ha kolumnnamnen; mallen visar dem.',
    },
    'bulk.file.too_many_columns': 'Bladet har {count} kolumner; högst {max} är tillåtna. Ta bort kolumnerna du har lagt till.',
    'bulk.file.unknown_column': {
      one: 'Bladet har en kolumn vi inte känner igen: {columns}. Ta bort den eller döp om den som i mallen.',
      other: 'Bladet har kolumner vi inte känner igen: {columns}. Ta bort dem eller döp om dem som i mallen.',
    },
    'bulk.file.duplicate_column': 'Bladet har samma kolumn flera gånger: {columns}. Behåll en av varje.',
    'bulk.file.too_many_rows': 'Bladet har {count} personer; högst {max} kan importeras åt gången. Dela upp det i flera filer.',
    'bulk.card.intro_title': 'Beställ många kort på en gång',
    'bulk.card.intro':
      'Fyll i en rad per kortinnehavare i Excel-mallen och skicka den till mig. Jag kontrollerar varje rad som frågorna i **nytt kort** gör, och inget hamnar i varukorgen förrän du bekräftar.',
    'bulk.card.form_xlsx': 'Excel-fil (.xlsx)',
    'bulk.card.form_xlsx_text': 'bara personerna; lägg till deras foton i varukorgen efteråt',
    'bulk.card.form_zip': 'ZIP-fil (.zip)',
    'bulk.card.form_zip_text':
      'Excel-filen plus ett JPG- eller PNG-foto per person, namngivet som i kolumnen photo_file eller efter identitetsnumret (t.ex. 199001011239.jpg)',
    'bulk.card.how_to_send': 'Skicka filen här i chatten med gemet (Bifoga fil).',
    'bulk.card.how_to_send_or_upload':
      'Skicka filen här i chatten med gemet (Bifoga fil), eller välj **Ladda upp från datorn** (länken fungerar en gång, i 15 minuter).',
    'bulk.card.upload_button': 'Ladda upp från datorn',
    'bulk.card.limits': 'Högst {maxRows} personer och 16 kolumner per fil, 20 MB per uppladdning. Obligatoriska kolumner: {columns}.',
    'bulk.card.template_button': 'Ladda ner mallen',
    'bulk.card.result_title': 'Import: {file}',
    'bulk.card.checking': 'Kontrollerar filen…',
    'bulk.card.progress': { one: 'Har kontrollerat {done} av {count} rad…', other: 'Har kontrollerat {done} av {count} rader…' },
    'bulk.card.checked': { one: 'Kontrollerade {count} rad.', other: 'Kontrollerade {count} rader.' },
    'bulk.card.example_skipped':
      'Rad {rows} är mallens exempel (Tolvan Tolvansson, 19121212-1212), så jag hoppade över den: den beställs aldrig.',
    'bulk.card.ready_names': 'Klara: {names}.',
    'bulk.card.ready_names_more': 'Klara: {names} och {count} till.',
    'bulk.card.fact_ready': 'Klara',
    'bulk.card.fact_problems': 'Med problem',
    'bulk.card.fact_without_photo': 'Utan foto (läggs till senare)',
    'bulk.card.fact_photo_advice': 'Foton med råd (se varukorgen)',
    'bulk.card.problems_title': 'Problem (rad, kolumn)',
    'bulk.card.more_problems': 'och {count} till: se felrapporten.',
    'bulk.card.confirm': 'Lägg {count} kortinnehavare i varukorgen',
    'bulk.card.discard': 'Släng',
    'bulk.card.report_button': 'Ladda ner felrapporten',
    'bulk.card.added': 'La till {added} kortinnehavare i varukorgen. Varukorgen har nu {cartSize}.',
    'bulk.card.already_added': 'De här kortinnehavarna är redan tillagda i varukorgen.',
    'bulk.card.discarded': 'Slängt. Inget lades i varukorgen.',
    'bulk.card.failed': 'Jag kunde inte kontrollera filen. Försök igen. Referens: {ref}',
    'bulk.card.interrupted':
      'Kontrollen av filen avbröts (boten startades om) och kunde inte slutföras. Inget lades i varukorgen. Skicka filen här igen, eller ladda upp den med knappen nedan.',
    'bulk.card.upload_again': 'Ladda upp filen igen',
    'bulk.card.nothing_ready': 'Ingen rad är klar ännu. Rätta problemen i filen (felrapporten markerar dem) och skicka den igen.',
    'bulk.card.not_a_sheet':
      'För att importera kortinnehavare, skicka en Excel-fil (.xlsx) eller en ZIP-fil med Excel-filen och foton. Skriv **importera** för mallen.',
    'bulk.row.duplicate_in_cart': 'Den här personen finns redan i din varukorg.',
    'bulk.row.duplicate_in_order': 'Den här personen finns redan på order {order}, som fortfarande pågår.',
    'bulk.row.missing': '{column} är tom; den behövs för kortet.',
    'bulk.row.mobile_country_code':
      '"{input}" är inget svenskt mobilnummer. Om det är en mobil i {country}, skriv det med landsnummer: {suggestion}.',
    'bulk.row.duplicate_in_file': 'Samma person (identitetsnummer) finns också på rad {other}. Behåll en av raderna.',
    'bulk.photo.photo_file_missing': 'Fotot "{file}" som anges i photo_file finns inte i ZIP-filen.',
    'bulk.photo.no_photo':
      'Inget foto för den här personen: lägg till ett som heter som identitetsnumret (till exempel {example}.jpg) eller fyll i photo_file.',
    'bulk.template.sheet': 'Kortinnehavare',
    'bulk.template.note.first_name': 'Obligatorisk. Förnamn, stavade och i samma ordning som i passet eller BankID.',
    'bulk.template.note.last_name': 'Obligatorisk. Efternamn, stavade exakt som i passet eller BankID.',
    'bulk.template.note.nationality':
      'Obligatorisk. Nationalitet som i passet; välj i listan. Svenskt personnummer med BankID betyder Sverige.',
    'bulk.template.note.national_identity_number':
      'Obligatorisk. Svenskt personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN), eller det nationella identitetsnumret i passet. Det måste passa nationaliteten.',
    'bulk.template.note.date_of_birth': 'Födelsedatum som år-månad-dag, till exempel 1990-01-31, exakt som i passet.',
    'bulk.template.note.email': 'Kortinnehavarens egen e-postadress; den behövs för att godkänna och aktivera kortet.',
    'bulk.template.note.mobile':
      'Mobilnummer med landsnummer, till exempel +46701234567. Behövs när kortinnehavaren saknar svenskt BankID.',
    'bulk.template.note.card_type': 'Korttyp: Standard eller Visitor; välj i listan.',
    'bulk.template.note.bankid': 'yes om kortinnehavaren har svenskt BankID, annars no.',
    'bulk.template.note.photo_file':
      'Endast ZIP-import: fotots filnamn i ZIP-filen (JPG eller PNG). Tomt: fotot heter som identitetsnumret, t.ex. 191212121212.jpg.',
    'bulk.template.pick_title': 'Välj i listan',
    'bulk.template.pick_text': 'Välj ett av värdena i listan.',
    'bulk.template.example_note': 'Exempelperson. Ersätt eller ta bort raden innan du laddar upp.',
    'bulk.report.note':
      'Vad som behöver rättas på varje rad. Kolumnen row är raden i din fil: rätta de markerade cellerna där och skicka filen igen.',
    'bulk.report.sheet': 'Problem',
    'bulk.file.other_sheets': {
      one: 'Bara det första bladet, "{sheet}", lästes; det andra synliga bladet hoppades över: {others}.',
      other: 'Bara det första bladet, "{sheet}", lästes; de andra synliga bladen hoppades över: {others}.',
    },
    'bulk.report.gone':
      'Felrapporten raderades när importen bekräftades eller förkastades, eller efter ett dygn. Skicka filen igen för en ny.',
  },
);
