-- archivist_version() is registered and returns the version string.
SELECT archivist_version();
SELECT typeof(archivist_version());
