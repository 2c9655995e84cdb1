/* uimport: the user side only */
