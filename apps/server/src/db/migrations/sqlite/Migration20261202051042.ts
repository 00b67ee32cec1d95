import { Migration } from '@mikro-orm/migrations';

/**
 * Search (issue #13 item 4). The table of former names comes from MikroORM; the search index is
 * written by hand: FTS5 tables over the folded names (`name_search`, written by the services and
 * the bulk writer with foldText): trigrams of organisation names and codes (any part of them),
 * words of member names (each word typed, the last one as a prefix), kept by
 * triggers in every writing transaction (services, bulk loads) and filled here from the rows
 * already there. B-tree indexes on the folded names serve exact and prefix matches.
 */
export class Migration20261202051042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organization_former_name\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`name\` text not null, \`name_search\` text not null, \`used_until\` date not null, constraint \`organization_former_name_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`organization_former_name_organization_id_index\` on \`organization_former_name\` (\`organization_id\`);`);

    this.addSql(`create index \`member_name_search_index\` on \`member\` (\`name_search\`);`);
    this.addSql(`create index \`organization_name_search_index\` on \`organization\` (\`name_search\`);`);

    // Members: words (the folded name's words, with an index of their first 1 to 6 letters for the
    // word being typed); many more rows, and names are looked for by their words.
    this.addSql(`create virtual table \`member_search\` using fts5(\`name_search\`, content='member', content_rowid='id', tokenize='unicode61', prefix='1 2 3 4 5 6');`);
    this.addSql(`insert into \`member_search\`(\`member_search\`) values ('rebuild');`);
    this.addSql(`create trigger \`member_search_insert\` after insert on \`member\` begin insert into \`member_search\`(rowid, \`name_search\`) values (new.\`id\`, new.\`name_search\`); end;`);
    this.addSql(`create trigger \`member_search_delete\` after delete on \`member\` begin insert into \`member_search\`(\`member_search\`, rowid, \`name_search\`) values ('delete', old.\`id\`, old.\`name_search\`); end;`);
    this.addSql(`create trigger \`member_search_update\` after update of \`name_search\` on \`member\` begin insert into \`member_search\`(\`member_search\`, rowid, \`name_search\`) values ('delete', old.\`id\`, old.\`name_search\`); insert into \`member_search\`(rowid, \`name_search\`) values (new.\`id\`, new.\`name_search\`); end;`);

    this.addSql(`create virtual table \`organization_search\` using fts5(\`name_search\`, \`code\`, content='organization', content_rowid='id', tokenize='trigram');`);
    this.addSql(`insert into \`organization_search\`(\`organization_search\`) values ('rebuild');`);
    this.addSql(`create trigger \`organization_search_insert\` after insert on \`organization\` begin insert into \`organization_search\`(rowid, \`name_search\`, \`code\`) values (new.\`id\`, new.\`name_search\`, new.\`code\`); end;`);
    this.addSql(`create trigger \`organization_search_delete\` after delete on \`organization\` begin insert into \`organization_search\`(\`organization_search\`, rowid, \`name_search\`, \`code\`) values ('delete', old.\`id\`, old.\`name_search\`, old.\`code\`); end;`);
    this.addSql(`create trigger \`organization_search_update\` after update of \`name_search\`, \`code\` on \`organization\` begin insert into \`organization_search\`(\`organization_search\`, rowid, \`name_search\`, \`code\`) values ('delete', old.\`id\`, old.\`name_search\`, old.\`code\`); insert into \`organization_search\`(rowid, \`name_search\`, \`code\`) values (new.\`id\`, new.\`name_search\`, new.\`code\`); end;`);
  }

}
