/** The community commands and who may use them (chat admins, bot admins), as rules tested without HTTP. */
package faqbot.chat.admin;
