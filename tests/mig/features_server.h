/* simport: the server side only */
