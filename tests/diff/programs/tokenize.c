/* String tokenizing: strtok, strtok_r, strsep, a hand-written lexer, CSV parse. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static void lex(const char *s)
{
    while (*s) {
        if (isspace((unsigned char)*s)) { s++; continue; }
        if (isalpha((unsigned char)*s) || *s == '_') {
            const char *b = s;
            while (isalnum((unsigned char)*s) || *s == '_') s++;
            printf("IDENT(%.*s) ", (int)(s - b), b);
        } else if (isdigit((unsigned char)*s)) {
            char *end;
            long v = strtol(s, &end, 0);
            printf("NUM(%ld) ", v);
            s = end;
        } else if (*s == '"') {
            const char *b = ++s;
            while (*s && *s != '"') s++;
            printf("STR(%.*s) ", (int)(s - b), b);
            if (*s) s++;
        } else if ((s[0] == '=' || s[0] == '!' || s[0] == '<' || s[0] == '>') && s[1] == '=') {
            printf("OP(%c%c) ", s[0], s[1]);
            s += 2;
        } else {
            printf("PUNCT(%c) ", *s);
            s++;
        }
    }
    printf("\n");
}

int main(void)
{
    char buf[256], *tok, *save, *p;
    int n = 0;

    strcpy(buf, "  the,quick;;brown fox , jumps;over  ");
    for (tok = strtok(buf, " ,;"); tok; tok = strtok(NULL, " ,;"))
        printf("strtok[%d]=%s\n", n++, tok);

    strcpy(buf, "a=1&b=22&&c=333&d");
    for (tok = strtok_r(buf, "&", &save); tok; tok = strtok_r(NULL, "&", &save)) {
        char *s2, *k = strtok_r(tok, "=", &s2), *v = strtok_r(NULL, "=", &s2);
        printf("kv %s -> %s\n", k, v ? v : "(none)");
    }

    strcpy(buf, "x,,y,z,");
    p = buf;
    n = 0;
    while ((tok = strsep(&p, ",")) != NULL)
        printf("strsep[%d]=\"%s\"\n", n++, tok);

    lex("int main(void) { return x1 >= 0x1F && y != 017 ? \"yes\" : \"no\"; }");
    lex("a_b=c+42*(d-7)<=e");

    {
        const char *csv = "name,age,city\nann,31,oslo\nbo,,rome\n\"cy\",7,\n";
        const char *q = csv;
        int row = 0, col = 0;
        while (*q) {
            const char *b = q;
            while (*q && *q != ',' && *q != '\n') q++;
            printf("r%dc%d[%.*s] ", row, col, (int)(q - b), b);
            if (*q == ',') { col++; q++; }
            else if (*q == '\n') { printf("\n"); row++; col = 0; q++; }
        }
        printf("rows %d\n", row);
    }
    return 0;
}
