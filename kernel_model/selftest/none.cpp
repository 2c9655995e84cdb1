// The normal kernel image: nothing extra at boot.
void selftest() {}
