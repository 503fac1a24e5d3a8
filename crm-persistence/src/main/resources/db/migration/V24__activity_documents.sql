-- The documents an activity carries (the PDF of the quote version a "quote sent" activity sent), as a JSON array
-- of {fileName, mediaType, type, id, version}; null when it has none, which is most activities.
ALTER TABLE activity ADD COLUMN documents text;
